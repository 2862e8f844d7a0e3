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
jar = http.cookiejar.CookieJar()
web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


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
web.open(re.search(r'href="([^"]*ConfirmEmail[^"]*)"', html).group(1).replace("&amp;", "&")).read()
post("/Account/Login", {"Input.Email": address, "Input.Password": password})
# What a browser holds once signed in: the session cookie and the antiforgery cookie (without it, every page with a
# form would mint and set a new one, which a browser never makes the portal do).
web.open(base + "/Offers").read()
print("; ".join(f"{c.name}={c.value}" for c in jar if c.name in ("portal.auth", "portal.af")))
