"""Danish presentation: number, percent and date formatting, labels of codes, table headers and
the demo's summaries. Used by the command line, the web app and the reports; never by the
engines or the application layer, which return codes and plain numbers."""
