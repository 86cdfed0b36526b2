"""`python -m macros.cli.serve`: a preview of the site on http://127.0.0.1:8000 that follows
every saved change.

It builds the site as `./site-build.sh` does (the same three steps), serves the result, and
builds again whenever a file in data/, content/ or overrides/ (or mkdocs.yml) is saved. A
build that fails does not stop the preview: every page then shows what went wrong, in
Dutch with file and line, until the next good save brings the site back. An open page
reloads by itself after each build (a small script of the preview, served from the same
address, so the site's Content-Security-Policy allows it; the published site never has it).
"""

from __future__ import annotations

import argparse
import html
import http.server
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

from ..project import PROJECT_DIR
from .build import BuildFailed, build_into, unexpected

WATCHED = ("data", "content", "overrides", "mkdocs.yml")
PREFIX = "/__voorbeeld/"
RELOAD_SCRIPT = """(function () {
  var seen = null;
  function poll() {
    fetch("/__voorbeeld/versie", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (v) {
      if (seen !== null && v !== seen) { location.reload(); }
      seen = v;
    }).catch(function () {}).finally(function () { setTimeout(poll, 500); });
  }
  poll();
})();
"""
ERROR_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fout: de site kan nu niet worden getoond</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem">
<h1>De site kan nu niet worden getoond</h1>
<p>Het bouwen van het voorbeeld lukte niet. Los het probleem op en sla het bestand op: deze pagina laadt dan
vanzelf opnieuw en toont de site weer. Dezelfde melding staat in het venster waarin u het voorbeeld startte.</p>
<pre style="white-space: pre-wrap; background: #f4f4f4; padding: 1rem">{message}</pre>
<script src="/__voorbeeld/herladen.js"></script>
</body></html>
"""


def error_page(message: str) -> str:
    """The page every address shows while the build fails: the message, escaped, and the reload script."""
    return ERROR_PAGE.format(message=html.escape(message))


class Preview:
    """The site being previewed: its current folder, or the message of a failed build."""

    def __init__(self, project_dir: Path) -> None:
        self.project_dir = project_dir
        self.work = Path(tempfile.mkdtemp(prefix=".voorbeeld.", dir=project_dir))
        self.folder: Path | None = None
        self.error: str | None = None
        self.version = 0
        self.lock = threading.Lock()

    def rebuild(self) -> None:
        started = time.perf_counter()
        attempt = Path(tempfile.mkdtemp(prefix="bouw-", dir=self.work))
        try:
            build_into(self.project_dir, attempt / "site", attempt)
            folder, error = attempt / "site", None
        except BuildFailed as failure:
            folder, error = None, str(failure)
        except Exception as failure:  # noqa: BLE001 - the preview stays up whatever happens
            folder, error = None, unexpected(self.project_dir, failure)
        with self.lock:
            old = self.folder
            if folder is not None:
                self.folder, self.error = folder, None
            else:
                self.error = error
            self.version += 1
        if old is not None and folder is not None:
            shutil.rmtree(old.parent, ignore_errors=True)
        if error:
            print(error, file=sys.stderr)
        else:
            print(f"Voorbeeld bijgewerkt in {time.perf_counter() - started:.1f} s.".replace(".", ",", 1),
                  file=sys.stderr)


class Handler(http.server.SimpleHTTPRequestHandler):
    preview: Preview

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        if self.path.startswith(PREFIX):
            self._own(self.path[len(PREFIX):].split("?")[0])
            return
        with self.preview.lock:
            folder, error = self.preview.folder, self.preview.error
        if error is not None or folder is None:
            self._send(500, "text/html; charset=utf-8", error_page(error or "Het voorbeeld wordt gebouwd …"))
            return
        self.directory = str(folder)
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            page = path.read_text("utf-8").replace("</body>", f'<script src="{PREFIX}herladen.js"></script></body>')
            self._send(200, "text/html; charset=utf-8", page)
            return
        super().do_GET()

    def _own(self, name: str) -> None:
        if name == "versie":
            self._send(200, "text/plain", str(self.preview.version))
        elif name == "herladen.js":
            self._send(200, "text/javascript", RELOAD_SCRIPT)
        else:
            self.send_error(404)

    def _send(self, status: int, kind: str, text: str) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


def watch(preview: Preview, interval: float = 0.3) -> None:
    """Build again after a save: the newest modification time of the watched files, polled."""
    def stamp() -> float:
        newest = 0.0
        for name in WATCHED:
            root = preview.project_dir / name
            paths = root.rglob("*") if root.is_dir() else [root]
            newest = max([newest, *(p.stat().st_mtime for p in paths if p.exists())])
        return newest

    seen = stamp()
    while True:
        time.sleep(interval)
        now = stamp()
        if now != seen:
            seen = now
            preview.rebuild()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="./site-build.sh serve", description=__doc__.splitlines()[0])
    parser.add_argument("--dev-addr", default=f"127.0.0.1:{os.environ.get('PORT', '8000')}",
                        help="adres en poort, bijvoorbeeld 127.0.0.1:8001")
    host, _, port = parser.parse_args(argv).dev_addr.rpartition(":")
    # Links in the preview point at the preview, not at the published address.
    os.environ["SITE_URL"] = f"http://{host}:{port}/"
    # Stopped by a signal (a terminal closed, a test ending it) the preview still removes its folder.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    preview = Preview(PROJECT_DIR)
    try:
        preview.rebuild()
        threading.Thread(target=watch, args=(preview,), daemon=True).start()
        server = http.server.ThreadingHTTPServer((host, int(port)), partial(Handler, directory=str(preview.work)))
        Handler.preview = preview
        print(f"Voorbeeld op http://{host}:{port}/ (stoppen: Ctrl+C)", file=sys.stderr)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        shutil.rmtree(preview.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
