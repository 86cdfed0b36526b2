"""The only package that knows MkDocs: the macros, the page events and the hooks."""
