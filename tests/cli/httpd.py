#!/usr/bin/env python3
"""httpd.py: the local web server of the tests that fetch, on 127.0.0.1.

    python3 httpd.py PORTFILE [DIR]

Listens on a free port of 127.0.0.1, writes the port to PORTFILE (a FIFO
the test reads, so it waits for no clock), and serves until killed:

  /page.html     an article page (text/html; charset=utf-8)
  /latin1.html   an article in ISO-8859-1, said by the Content-Type only
  /plain.txt     text/plain
  /moved         302 to /page.html;   /moved-rel  302 to page.html
  /loop          302 to itself, for ever
  /to-file       302 to file:///etc/passwd
  /slow          waits 30 s before answering (a timeout test)
  /big           2 MiB of HTML with a Content-Length
  /big-chunked   2 MiB of HTML without one
  /report.pdf    application/pdf;  /pdf-as-html  PDF bytes as text/html
  /missing       404;  /broken  500
  /files/NAME    the file DIR/NAME as it is when asked for (a test changes
                 it between fetches): text/html for .html, else text/plain
"""

import http.server
import os
import socketserver
import sys
import time

PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves budget | The Local Herald</title>
<meta property="og:site_name" content="The Local Herald">
<link rel="canonical" href="/news/budget">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves budget</h1>
<p>The city council approved a budget of 12 million dollars on Monday, the
mayor said, after a debate that lasted four hours.</p>
<p>Spending on roads rises by 8 percent, according to the finance office,
while parks get the same as last year.</p></article>
<footer>Copyright The Local Herald</footer></body></html>
"""

LATIN1 = ("<html><head><title>Caf\u00e9 prices</title></head><body><p>"
          "Le caf\u00e9 co\u00fbte 2 euros \u00e0 Paris, selon l'\u00e9tude"
          " publi\u00e9e lundi par l'institut.</p></body></html>"
          ).encode("latin-1")

BIG = b"<html><body>" + b"<p>" + b"x" * (2 << 20) + b"</p></body></html>"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, code, body, ctype, length=True, headers=()):
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        if length:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            step = 65536
            for i in range(0, len(body), step):
                chunk = body[i:i + step]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")

    def redirect(self, where):
        self.send(302, b"", "text/html", headers=[("Location", where)])

    def do_GET(self):
        p = self.path
        if p.startswith("/files/") and len(sys.argv) > 2:
            name = os.path.basename(p[len("/files/"):].split("?")[0])
            try:
                with open(os.path.join(sys.argv[2], name), "rb") as f:
                    body = f.read()
            except OSError:
                self.send(404, b"<h1>Not found</h1>", "text/html")
                return
            self.send(200, body, "text/html; charset=utf-8"
                      if name.endswith(".html") else "text/plain")
        elif p == "/page.html":
            self.send(200, PAGE, "text/html; charset=utf-8")
        elif p == "/latin1.html":
            self.send(200, LATIN1, "text/html; charset=ISO-8859-1")
        elif p == "/plain.txt":
            self.send(200, b"Plain title\n\nThe plant made 3,000 cars in "
                      b"May, the company said.\n", "text/plain")
        elif p == "/moved":
            self.redirect("/page.html")
        elif p == "/moved-rel":
            self.redirect("page.html")
        elif p == "/loop":
            self.redirect("/loop")
        elif p == "/to-file":
            self.redirect("file:///etc/passwd")
        elif p == "/slow":
            time.sleep(30)
            self.send(200, PAGE, "text/html")
        elif p == "/big":
            self.send(200, BIG, "text/html")
        elif p == "/big-chunked":
            self.send(200, BIG, "text/html", length=False)
        elif p == "/report.pdf":
            self.send(200, PDF, "application/pdf")
        elif p == "/pdf-as-html":
            self.send(200, PDF, "text/html")
        elif p == "/broken":
            self.send(500, b"oops", "text/plain")
        else:
            self.send(404, b"<h1>Not found</h1>", "text/html")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass	# claimdesk hangs up on pages it refuses: not news


def main():
    srv = Server(("127.0.0.1", 0), Handler)
    with open(sys.argv[1], "w") as f:
        f.write(f"{srv.server_address[1]}\n")
    srv.serve_forever()


if __name__ == "__main__":
    main()
