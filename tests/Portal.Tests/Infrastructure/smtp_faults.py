"""An aiosmtpd handler that stores messages in a maildir like aiosmtpd.handlers.Mailbox, but first answers the
first N messages with a given SMTP reply code (421 "try later", 554 "refused"), so the tests can watch the portal
retry. Run: python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c smtp_faults.Faulty MAILDIR CODE N"""
from aiosmtpd.handlers import Mailbox


class Faulty(Mailbox):
    def __init__(self, maildir, code, failures):
        super().__init__(maildir)
        self.code = code
        self.left = failures

    async def handle_DATA(self, server, session, envelope):
        if self.left > 0:
            self.left -= 1
            return f"{self.code} Not now (test fault)"
        return await super().handle_DATA(server, session, envelope)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 3:
            parser.error("Faulty needs MAILDIR CODE FAILURES")
        return cls(args[0], args[1], int(args[2]))
