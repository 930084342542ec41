"""Register of supervision letters: who demands what of the municipality, by when, and the
reports sent in answer."""
