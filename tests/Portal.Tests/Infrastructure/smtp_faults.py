"""The tests' SMTP server: Debian's aiosmtpd with its Mailbox handler, which stores each message it accepts in a
maildir, plus what the tests need to see and to break:

  * every TCP connection the server accepts is one line in MAILDIR/connections, so a test can count connections;
  * MAILDIR/ready appears once the server listens (no probe connection, which would be counted);
  * with --fault CODE --failures N, the first N messages are answered with CODE (421 "try later", 554 "refused")
    instead of being stored; a 421 also closes the connection, as RFC 5321 section 3.8 says the server does;
  * with --keep, those N messages are stored all the same: a reply lost after the server took the message;
  * with --raw, each message is stored as the bytes received (as a mail server queues it) instead of through the
    Mailbox handler, which parses every message into Python's email objects and writes it out again;
  * with --workers N, N processes accept on the one listening socket (the benchmark's server, which one Python
    process on one core would otherwise cap); the workers end with the first process.

Run: python3 smtp_faults.py --listen 127.0.0.1:PORT --maildir MAILDIR [--fault CODE --failures N [--keep]] [--raw] [--workers N]
"""
import argparse
import asyncio
import ctypes
import os
import signal
import socket

from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import SMTP


class Faulty(Mailbox):
    def __init__(self, maildir, code=None, failures=0, keep=False):
        super().__init__(maildir)
        self.code = code
        self.left = failures
        self.keep = keep

    async def handle_DATA(self, server, session, envelope):
        if self.left > 0:
            self.left -= 1
            if self.keep:
                await super().handle_DATA(server, session, envelope)
            if self.code.startswith("421"):
                # After the reply is written: transport.close() sends what is buffered, then closes.
                asyncio.get_running_loop().call_soon(server.transport.close)
            return f"{self.code} Not now (test fault)"
        return await super().handle_DATA(server, session, envelope)


class Raw:
    """Stores each message's bytes as received in the maildir (tmp, then renamed into new), parsing nothing."""

    def __init__(self, maildir):
        self.maildir = maildir
        self.prefix = f"{socket.gethostname()}.{os.getpid()}"
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = f"{self.prefix}.{self.count}"
        tmp = os.path.join(self.maildir, "tmp", name)
        with open(tmp, "wb") as f:
            f.write(envelope.original_content)
        os.rename(tmp, os.path.join(self.maildir, "new", name))
        return "250 OK"


class Counting(SMTP):
    """Writes one line per accepted connection (not per STARTTLS upgrade of one)."""

    def __init__(self, handler, log, hostname):
        super().__init__(handler, hostname=hostname)
        self.log = log

    def connection_made(self, transport):
        if self.transport is None:
            with open(self.log, "a") as f:
                f.write(f"{transport.get_extra_info('peername')}\n")
        super().connection_made(transport)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--listen", required=True, help="HOST:PORT")
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--fault", help="SMTP reply for the first --failures messages, e.g. 421 or 554")
    parser.add_argument("--failures", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="store the faulted messages all the same")
    parser.add_argument("--raw", action="store_true", help="store the bytes received, without the Mailbox handler")
    parser.add_argument("--workers", type=int, default=1, help="processes accepting on the one socket")
    args = parser.parse_args()
    if args.fault and args.workers != 1:
        parser.error("--fault counts messages in one process: use it with one worker")
    host, port = args.listen.rsplit(":", 1)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, int(port)))
    listener.listen(512)
    listener.setblocking(False)
    for _ in range(args.workers - 1):
        if os.fork() == 0:
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: ends with the first process
            break
    if args.fault and args.raw:
        parser.error("--fault goes with the Mailbox handler, not --raw")
    handler = Raw(args.maildir) if args.raw else Faulty(args.maildir, args.fault, args.failures if args.fault else 0, args.keep)
    log = os.path.join(args.maildir, "connections")
    hostname = socket.getfqdn()  # once, not a name lookup per connection

    async def serve():
        server = await asyncio.get_running_loop().create_server(lambda: Counting(handler, log, hostname), sock=listener)
        open(os.path.join(args.maildir, "ready"), "w").close()
        async with server:
            await server.serve_forever()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
