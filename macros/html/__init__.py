"""HTML fragments for the pages, rendered from the Jinja2 templates in templates/."""
