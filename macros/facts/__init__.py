"""The facts of the package, one module per concept: its model, its loading and its checks."""
