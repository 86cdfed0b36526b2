"""Reading data files: strict YAML, JSON Schema validation, the field reference, problems."""
