#!/usr/bin/env python3
"""Registers an organization through the portal's pages, confirms the email from the mail folder, signs in, and
prints the Cookie header of the signed-in session.   session.py BASE_URL MAIL_FOLDER"""
import email
import glob
import http.cookiejar
import os
import re
import sys
import urllib.parse
import urllib.request

base, mail = sys.argv[1], sys.argv[2]
class BehindTheProxy(http.cookiejar.DefaultCookiePolicy):
    """Sends the portal's Secure cookies back over plain HTTP: the benchmark plays the TLS-terminating proxy."""

    def return_ok_secure(self, cookie, request):
        return True


jar = http.cookiejar.CookieJar(BehindTheProxy())
web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
# As the proxy in front of the portal says (run.sh names 127.0.0.1 in ForwardedHeaders:KnownProxies).
web.addheaders.append(("X-Forwarded-Proto", "https"))


def token(path):
    html = web.open(base + path).read().decode()
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)


def post(path, fields):
    fields["__RequestVerificationToken"] = token(path)
    return web.open(base + path, urllib.parse.urlencode(fields).encode()).read().decode()


address, password = "bench.owner@example.test", "benchmark lighthouse orchard"
post("/Account/Register", {
    "Input.LegalName": "Benchmark Employer Inc.", "Input.BusinessNumber": "123456782", "Input.AddressLine1": "1 Main St",
    "Input.City": "Halifax", "Input.Province": "NS", "Input.PostalCode": "B3H 1A1", "Input.Phone": "902-555-0100",
    "Input.PrimaryContactName": "Bench Owner", "Input.PrimaryContactEmail": address, "Input.FullName": "Bench Owner",
    "Input.Email": address, "Input.Password": password, "Input.ConfirmPassword": password})
message = email.message_from_bytes(open(max(glob.glob(os.path.join(mail, "*.eml")), key=os.path.getmtime), "rb").read())
html = next(p.get_payload(decode=True).decode() for p in message.walk() if p.get_content_type() == "text/html")
# The link says https (Portal:PublicBaseUrl); the benchmark reaches the same portal at its loopback address.
link = re.search(r'href="([^"]*ConfirmEmail[^"]*)"', html).group(1).replace("&amp;", "&")
web.open(re.sub(r"^https?://[^/]+", base, link)).read()
post("/Account/Login", {"Input.Email": address, "Input.Password": password})
# What a browser holds once signed in: the session cookie and the antiforgery cookie (without it, every page with a
# form would mint and set a new one, which a browser never makes the portal do).
web.open(base + "/Offers").read()
# Outside Development the cookies are named __Host-portal.auth and __Host-portal.af.
print("; ".join(f"{c.name}={c.value}" for c in jar if c.name.removeprefix("__Host-") in ("portal.auth", "portal.af")))
