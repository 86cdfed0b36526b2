"""Dutch notation and addresses: money, dates, slugs and the path of every page."""
