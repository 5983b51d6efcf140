#!/usr/bin/env python3
"""Independently computes the ElastiCache IAM auth tokens that IAMAuthTokenGeneratorTests expect.

Only the Python standard library (hmac, hashlib, urllib) is used, following the published
Signature Version 4 query-signing steps. If botocore is installed, each signature is also
checked against botocore's own SigV4QueryAuth.

Run: python3 iam_auth_token.py
"""

import hashlib
import hmac
from datetime import datetime, timezone
from urllib.parse import quote

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE/token+with=reserved"
REGION = "us-east-1"
SERVICE = "elasticache"
WHEN = datetime(2024, 5, 1, 8, 30, 0, tzinfo=timezone.utc)
EXPIRES = 900

CASES = [
    # (cache name as given, user id, serverless, session token)
    ("My-Cache-01", "svc-orders", False, None),
    ("orders-serverless", "svc-orders", True, SESSION_TOKEN),
]


def encode(text):
    return quote(text, safe="-_.~")


def sign(key, message):
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


def token(cache_name, user_id, serverless, session_token):
    host = cache_name.lower()
    amz_date = WHEN.strftime("%Y%m%dT%H%M%SZ")
    day = WHEN.strftime("%Y%m%d")
    scope = f"{day}/{REGION}/{SERVICE}/aws4_request"
    params = [("Action", "connect"), ("User", user_id)]
    if serverless:
        params.append(("ResourceType", "ServerlessCache"))
    params += [
        ("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
        ("X-Amz-Credential", f"{ACCESS_KEY}/{scope}"),
        ("X-Amz-Date", amz_date),
        ("X-Amz-Expires", str(EXPIRES)),
        ("X-Amz-SignedHeaders", "host"),
    ]
    if session_token:
        params.append(("X-Amz-Security-Token", session_token))
    query = "&".join(f"{k}={v}" for k, v in sorted((encode(k), encode(v)) for k, v in params))
    canonical = "\n".join(["GET", "/", query, f"host:{host}\n", "host", hashlib.sha256(b"").hexdigest()])
    string_to_sign = "\n".join(
        ["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode("utf-8")).hexdigest()]
    )
    key = ("AWS4" + SECRET_KEY).encode("utf-8")
    for part in (day, REGION, SERVICE, "aws4_request"):
        key = sign(key, part)
    signature = hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{host}/?{query}&X-Amz-Signature={signature}", signature


def botocore_signature(cache_name, user_id, serverless, session_token):
    from unittest import mock

    from botocore.auth import SigV4QueryAuth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    params = {"Action": "connect", "User": user_id}
    if serverless:
        params["ResourceType"] = "ServerlessCache"
    request = AWSRequest(method="GET", url=f"http://{cache_name.lower()}/", params=params)
    auth = SigV4QueryAuth(Credentials(ACCESS_KEY, SECRET_KEY, session_token), SERVICE, REGION, expires=EXPIRES)
    with mock.patch("botocore.auth.get_current_datetime", return_value=WHEN.replace(tzinfo=None)):
        auth.add_auth(request)
    return request.prepare().url.rsplit("X-Amz-Signature=", 1)[1]


if __name__ == "__main__":
    for case in CASES:
        value, signature = token(*case)
        print(value)
        try:
            expected = botocore_signature(*case)
        except ImportError:
            continue
        print("  botocore agrees" if expected == signature else f"  botocore DISAGREES: {expected}")
