"""Reports the supervision chain asks for, rendered from one model to HTML, PDF, XLSX, DOCX."""
