"""Report: render extractions, findings and lint results as table, JSON, Markdown, HTML and SARIF."""
