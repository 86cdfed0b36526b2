"""What a branch changes on the site, for editors and reviewers (`./site-build.sh verschil`).

`figures` names every published figure by a stable key; `snapshot` reads what one
version of the data publishes (the working tree, or a base commit from git); `compare`
sets two snapshots side by side and writes the Dutch Markdown report. Uses `facts`,
`reading` and `formatting`; knows nothing of MkDocs.
"""
