"""The code that turns data/ and content/ into the site.

Cut by concept in subpackages (see ARCHITECTURE.md): `reading` (strict YAML, schemas,
front matter), `facts` (one module per concept: model, loading, checks), `register` (every
page and every figure the site publishes), `formatting` (money, dates, slugs, addresses),
`html` (fragments from Jinja2 templates), `output` (downloads, feeds, security.txt),
`review` (what a branch changes), and the three steps of the build: `prerender`,
`generator` (the only code that knows a site generator) and `postbuild`; `cli` holds the
commands that site-build.sh runs.
"""
