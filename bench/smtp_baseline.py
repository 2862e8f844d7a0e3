#!/usr/bin/python3
"""What the loopback SMTP server takes on its own, timed from the first message to the last: 10,000 small messages
over ONE smtplib connection (the server's rate for one sender), and with --connections N over N connections from N
client processes (what the server takes when it is kept busy). The portal's rate in bench/outbox.sh goes to the same
server (Debian's aiosmtpd with its Mailbox handler, storing each message in a maildir, in --workers processes), so
these are its ceilings there. Messages are serialized before the clock starts: the clients cost as little as they can.

Starts its own aiosmtpd on a free loopback port, or uses one already listening with --port.
Needs Debian's python3-aiosmtpd (what tests/run.sh installs), hence /usr/bin/python3.
Usage: bench/smtp_baseline.py [--count 10000] [--connections 1] [--workers 1] [--raw] [--port PORT]
"""
import argparse
import email.policy
import multiprocessing
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


def start_server(port, maildir, workers, raw):
    """The tests' server (aiosmtpd's Mailbox handler behind smtp_faults.py), as bench/outbox.sh runs it."""
    for sub in ("tmp", "new", "cur"):
        os.makedirs(os.path.join(maildir, sub), exist_ok=True)
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "Portal.Tests", "Infrastructure", "smtp_faults.py")
    server = subprocess.Popen([sys.executable, script, "--listen", f"127.0.0.1:{port}", "--maildir", maildir,
                               "--workers", str(workers)] + (["--raw"] if raw else []))
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if os.path.exists(os.path.join(maildir, "ready")):
            return server
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


def send(port, items, ready, go, done):
    """One client process: one connection, its share of the messages, as fast as the server answers."""
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        smtp.ehlo()
        ready.put(True)
        go.wait()
        for sender, recipient, data in items:
            smtp.sendmail(sender, [recipient], data)
        done.put(time.perf_counter())


def run(port, count, connections):
    items = [(m["From"], m["To"], m.as_bytes(policy=email.policy.SMTP)) for m in (message(i) for i in range(count))]
    ready, done, go = multiprocessing.Queue(), multiprocessing.Queue(), multiprocessing.Event()
    clients = [multiprocessing.Process(target=send, args=(port, items[c::connections], ready, go, done)) for c in range(connections)]
    for c in clients:
        c.start()
    for _ in clients:
        ready.get(timeout=30)
    started = time.perf_counter()
    go.set()
    finished = max(done.get(timeout=900) for _ in clients)
    for c in clients:
        c.join()
    return finished - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--connections", type=int, default=1, help="client processes, one connection each")
    parser.add_argument("--workers", type=int, default=1, help="server processes (when this script starts the server)")
    parser.add_argument("--raw", action="store_true", help="the server stores the bytes received (no Mailbox handler)")
    parser.add_argument("--port", type=int, help="an SMTP server already listening on 127.0.0.1")
    args = parser.parse_args()

    maildir = tempfile.mkdtemp(prefix="smtp-baseline-")
    server = None if args.port else start_server(port := free_port(), maildir, args.workers, args.raw)
    port = args.port or port
    try:
        elapsed = run(port, args.count, args.connections)
        if server is not None:
            stored = len(os.listdir(os.path.join(maildir, "new")))
            if stored != args.count:
                sys.exit(f"The server stored {stored} of {args.count} messages.")
        over = "one smtplib connection" if args.connections == 1 else f"{args.connections} smtplib connections"
        workers = "" if args.port else \
            f" ({args.workers} server process{'es' if args.workers > 1 else ''}, {'raw' if args.raw else 'Mailbox handler'})"
        print(f"SMTP server alone{workers}: {args.count} messages over {over} in {elapsed:.1f} s: "
              f"{args.count / elapsed:.0f} messages/s.")
    finally:
        if server is not None:
            server.kill()
            server.wait()
        shutil.rmtree(maildir, ignore_errors=True)


if __name__ == "__main__":
    main()
