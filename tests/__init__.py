"""The tests: real SQLite files, real Qt widgets offscreen, PDFs read back."""
