"""Command-line entry points: python -m macros.cli.check | guard | vastleggen."""
