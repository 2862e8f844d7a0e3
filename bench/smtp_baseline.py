#!/usr/bin/python3
"""What the loopback SMTP server takes on its own: 10,000 small messages over ONE smtplib connection, as fast as the
server answers, timed from the first to the last. The portal's rate in bench/outbox.sh goes to the same server
(Debian's aiosmtpd with its Mailbox handler, storing each message in a maildir), so this is its ceiling there.

Starts its own aiosmtpd on a free loopback port, or uses one already listening with --port.
Needs Debian's python3-aiosmtpd (what tests/run.sh installs), hence /usr/bin/python3.
Usage: bench/smtp_baseline.py [--count 10000] [--port PORT]
"""
import argparse
import os
import shutil
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port, maildir):
    for sub in ("tmp", "new", "cur"):
        os.makedirs(os.path.join(maildir, sub), exist_ok=True)
    server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                               "-c", "aiosmtpd.handlers.Mailbox", maildir])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    sys.exit(f"aiosmtpd did not start on port {port}")


def message(i):
    # About the size of a portal reminder: a subject, a few lines of text, and the same as HTML.
    m = EmailMessage()
    m["From"] = "Employer Compliance Portal <no-reply@portal.localhost>"
    m["To"] = f"person{i}@example.test"
    m["Subject"] = f"Settlement commitment due soon: baseline message {i}"
    m["X-Portal-Key"] = f"baseline:{i}"
    text = "Hello,\n\n" + "The settlement commitment is due soon. Open it in the portal to record what was done.\n" * 8
    m.set_content(text)
    m.add_alternative("<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>", subtype="html")
    return m


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--port", type=int, help="an SMTP server already listening on 127.0.0.1")
    args = parser.parse_args()

    maildir = tempfile.mkdtemp(prefix="smtp-baseline-")
    server = None if args.port else start_server(port := free_port(), maildir)
    port = args.port or port
    messages = [message(i) for i in range(args.count)]
    try:
        with smtplib.SMTP("127.0.0.1", port) as smtp:
            smtp.ehlo()
            started = time.perf_counter()
            for m in messages:
                smtp.send_message(m)
            elapsed = time.perf_counter() - started
        if server is not None:
            stored = len(os.listdir(os.path.join(maildir, "new")))
            if stored != args.count:
                sys.exit(f"The server stored {stored} of {args.count} messages.")
        print(f"SMTP server alone: {args.count} messages over one smtplib connection in {elapsed:.1f} s: "
              f"{args.count / elapsed:.0f} messages/s.")
    finally:
        if server is not None:
            server.kill()
            server.wait()
        shutil.rmtree(maildir, ignore_errors=True)


if __name__ == "__main__":
    main()
