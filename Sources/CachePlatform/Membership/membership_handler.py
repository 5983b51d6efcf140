"""Keeps one ElastiCache user in a user group that another stack owns.

The custom resource `Custom::ElastiCacheUserGroupMembership` of ServiceCacheAccess calls this handler:
Create and Update add the user to the group unless it is already a member (or being added); Delete
removes it only when the resource's OnDelete is "remove" (the default, "preserve", leaves the group
alone: deleting the user removes it from its groups). Changes to a group that is being modified are
retried until the group is active again.
"""
import json
import time
import urllib.request

ATTEMPTS = 60
BACKOFF_SECONDS = 5


class MembershipError(Exception):
    """A failure to report to CloudFormation, with a message that says what to do."""


def ensure_member(client, group_id, user_id, sleep=time.sleep):
    """Adds the user to the group unless it is in it already; returns "added" or "already-member"."""
    for _ in range(ATTEMPTS):
        group = describe(client, group_id)
        if group is None:
            raise MembershipError(
                f"User group '{group_id}' does not exist. Deploy the platform stack that creates it first, "
                "or check the user group id the platform exports.")
        pending = group.get("PendingChanges", {})
        if user_id in group.get("UserIds", []) or user_id in pending.get("UserIdsToAdd", []):
            return "already-member"
        if group.get("Status") != "active":
            sleep(BACKOFF_SECONDS)
            continue
        try:
            client.modify_user_group(UserGroupId=group_id, UserIdsToAdd=[user_id])
            return "added"
        except client.exceptions.InvalidUserGroupStateFault:
            sleep(BACKOFF_SECONDS)
    raise MembershipError(f"User group '{group_id}' stayed busy; adding user '{user_id}' timed out. Retry the deployment.")


def ensure_absent(client, group_id, user_id, sleep=time.sleep):
    """Removes the user from the group if it is a member; returns "removed" or "not-member"."""
    for _ in range(ATTEMPTS):
        group = describe(client, group_id)
        if group is None or user_id not in group.get("UserIds", []):
            return "not-member"
        if group.get("Status") != "active":
            sleep(BACKOFF_SECONDS)
            continue
        try:
            client.modify_user_group(UserGroupId=group_id, UserIdsToRemove=[user_id])
            return "removed"
        except client.exceptions.InvalidUserGroupStateFault:
            sleep(BACKOFF_SECONDS)
    raise MembershipError(f"User group '{group_id}' stayed busy; removing user '{user_id}' timed out.")


def describe(client, group_id):
    """The user group, or None when it does not exist."""
    try:
        groups = client.describe_user_groups(UserGroupId=group_id)["UserGroups"]
    except client.exceptions.UserGroupNotFoundFault:
        return None
    return groups[0] if groups else None


def apply(event, client, sleep=time.sleep):
    """Carries out a CloudFormation request; returns the physical id and the outcome."""
    properties = event["ResourceProperties"]
    group_id, user_id = properties["UserGroupId"], properties["UserId"]
    physical_id = f"{group_id}:{user_id}"
    if event["RequestType"] in ("Create", "Update"):
        return physical_id, ensure_member(client, group_id, user_id, sleep)
    if properties.get("OnDelete", "preserve") == "remove":
        return physical_id, ensure_absent(client, group_id, user_id, sleep)
    return physical_id, "preserved"


def respond(event, context, status, physical_id, reason, data):
    body = json.dumps({
        "Status": status, "Reason": reason, "PhysicalResourceId": physical_id,
        "StackId": event["StackId"], "RequestId": event["RequestId"], "LogicalResourceId": event["LogicalResourceId"],
        "NoEcho": False, "Data": data,
    }).encode()
    request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT",
                                     headers={"Content-Type": "", "Content-Length": str(len(body))})
    urllib.request.urlopen(request, timeout=30)


def handler(event, context):
    import boto3
    physical_id = event.get("PhysicalResourceId") or event["LogicalResourceId"]
    try:
        physical_id, outcome = apply(event, boto3.client("elasticache"))
        print(json.dumps({"request": event["RequestType"], "membership": physical_id, "outcome": outcome}))
        respond(event, context, "SUCCESS", physical_id, outcome, {"Outcome": outcome})
    except Exception as error:  # every failure must reach CloudFormation, or the stack waits for an hour
        print(json.dumps({"request": event["RequestType"], "error": str(error)}))
        respond(event, context, "FAILED", physical_id, str(error), {})
