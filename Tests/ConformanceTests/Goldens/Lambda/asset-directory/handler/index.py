import json

from lib.greeting import greet


def handler(event, context):
    return {"statusCode": 200, "body": json.dumps(greet(event.get("name", "cache")))}
