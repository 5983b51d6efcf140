"""Keeps one ElastiCache user in a user group that another stack owns.

The custom resource `Custom::ElastiCacheUserGroupMembership` of ServiceCacheAccess calls this handler. The
resource's physical id is "<user group id>:<user id>": what it holds.

- Create and Update make the user a member of the group unless it is one already. A user whose removal is
  pending is not a member: it is added again once the group has settled. An Update to another group or
  user (a service moving) then takes the old user out of the old group.
- Delete takes the user out of the group only when OnDelete is "remove" ("preserve", the default, leaves
  the group alone: deleting the user takes it out of its groups), and never while another membership
  resource of the stack holds the same user in the same group: CloudFormation creates the replacement of a
  resource (same user, new logical id) before it deletes the old one.
- A group that is being modified refuses changes. The handler retries with jittered backoff until the
  function's remaining time, less a margin to answer CloudFormation, is spent.
- The answer to CloudFormation (a PUT to the pre-signed response URL) is retried and each failure logged;
  when every attempt fails, the invocation fails, so that Lambda runs it again.

Every step is idempotent: running a request twice leaves the group as running it once.
"""
import json
import random
import time
import urllib.request

# Seconds kept at the end of the invocation to answer CloudFormation.
RESPONSE_MARGIN_SECONDS = 60
# Backoff between attempts on a busy group: random between the first delay and a doubling cap.
FIRST_BACKOFF_SECONDS = 2
MAX_BACKOFF_SECONDS = 10
# Attempts to answer CloudFormation, the time each may take, and the first pause between them (doubling).
RESPONSE_ATTEMPTS = 5
RESPONSE_TIMEOUT_SECONDS = 5
FIRST_RESPONSE_PAUSE_SECONDS = 1
# CloudFormation refuses answers over 4096 bytes.
MAX_RESPONSE_BYTES = 4096

# Faults after which the same call may succeed later.
TRANSIENT_FAULTS = ("InvalidUserGroupStateFault", "InvalidUserStateFault")
THROTTLING_CODES = ("Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException")


class MembershipError(Exception):
    """A failure to report to CloudFormation, with a message that says what to do."""


class ResponseError(Exception):
    """CloudFormation could not be answered."""


class Clock:
    """Monotonic time and sleeping; tests use a simulated one."""

    def now(self):
        return time.monotonic()

    def sleep(self, seconds):
        time.sleep(seconds)


class Deadline:
    """The moment the work must be done by: the function's remaining time less the response margin."""

    def __init__(self, context, clock):
        self.clock = clock
        self.at = clock.now() + context.get_remaining_time_in_millis() / 1000 - RESPONSE_MARGIN_SECONDS

    def allows(self, seconds):
        return self.clock.now() + seconds <= self.at


class Backoff:
    """Jittered exponential pauses, so that services deploying at once do not retry in step."""

    def __init__(self, rng):
        self.rng = rng
        self.cap = FIRST_BACKOFF_SECONDS

    def next(self):
        pause = self.rng.uniform(FIRST_BACKOFF_SECONDS, self.cap)
        self.cap = min(MAX_BACKOFF_SECONDS, self.cap * 2)
        return pause


class Membership:
    """The ElastiCache and CloudFormation calls for one request."""

    def __init__(self, elasticache, cloudformation, deadline, rng):
        self.elasticache = elasticache
        self.cloudformation = cloudformation
        self.deadline = deadline
        self.rng = rng

    def ensure_member(self, group_id, user_id):
        """Makes the user a member; returns "added", "adding" or "already-member"."""
        backoff = Backoff(self.rng)
        while True:
            group = self.describe(group_id)
            if group is None:
                raise MembershipError(
                    f"User group '{group_id}' does not exist. Deploy the platform stack that creates it first, "
                    "or check the user group id the platform exports.")
            pending = group.get("PendingChanges") or {}
            if user_id in pending.get("UserIdsToAdd", []):
                return "adding"
            if user_id in group.get("UserIds", []) and user_id not in pending.get("UserIdsToRemove", []):
                return "already-member"
            if group.get("Status") == "active" and self.modify(group_id, UserIdsToAdd=[user_id]):
                return "added"
            self.pause(backoff, f"adding user '{user_id}' to user group '{group_id}'")

    def ensure_absent(self, group_id, user_id):
        """Takes the user out of the group; returns "removed", "removing" or "not-member"."""
        backoff = Backoff(self.rng)
        while True:
            group = self.describe(group_id)
            if group is None:
                return "not-member"
            pending = group.get("PendingChanges") or {}
            if user_id in pending.get("UserIdsToRemove", []):
                return "removing"
            if user_id not in group.get("UserIds", []) and user_id not in pending.get("UserIdsToAdd", []):
                return "not-member"
            if group.get("Status") == "active":
                try:
                    if self.modify(group_id, UserIdsToRemove=[user_id]):
                        return "removed"
                except Exception as error:  # noqa: BLE001 - a user deleted meanwhile is no member
                    if error_code(error) != "UserNotFoundFault":
                        raise
                    return "not-member"
            self.pause(backoff, f"removing user '{user_id}' from user group '{group_id}'")

    def leave(self, event, group_id, user_id):
        """Takes the user out of the group unless another membership resource of the stack holds it."""
        holder = self.other_holder(event, f"{group_id}:{user_id}")
        if holder is not None:
            return f"kept for {holder}"
        return self.ensure_absent(group_id, user_id)

    def other_holder(self, event, physical_id):
        """The logical id of another live membership resource of the stack with `physical_id`, if any."""
        paginator = self.cloudformation.get_paginator("list_stack_resources")
        for page in paginator.paginate(StackName=event["StackId"]):
            for resource in page["StackResourceSummaries"]:
                if (resource["LogicalResourceId"] != event["LogicalResourceId"]
                        and resource["ResourceType"] == event["ResourceType"]
                        and resource.get("PhysicalResourceId") == physical_id
                        and not resource["ResourceStatus"].startswith("DELETE")):
                    return resource["LogicalResourceId"]
        return None

    def describe(self, group_id):
        """The user group, or None when it does not exist."""
        backoff = Backoff(self.rng)
        while True:
            try:
                groups = self.elasticache.describe_user_groups(UserGroupId=group_id)["UserGroups"]
                return groups[0] if groups else None
            except Exception as error:  # noqa: BLE001 - a missing group is None, throttling is retried
                if error_code(error) == "UserGroupNotFoundFault":
                    return None
                if error_code(error) not in THROTTLING_CODES:
                    raise
            self.pause(backoff, f"describing user group '{group_id}'")

    def modify(self, group_id, **change):
        """Changes the group; False when it is busy (being modified) or the call was throttled."""
        try:
            self.elasticache.modify_user_group(UserGroupId=group_id, **change)
            return True
        except Exception as error:  # noqa: BLE001 - only busy groups and throttling are retried
            if error_code(error) in TRANSIENT_FAULTS + THROTTLING_CODES:
                return False
            raise

    def pause(self, backoff, doing):
        seconds = backoff.next()
        if not self.deadline.allows(seconds):
            raise MembershipError(
                f"The user group stayed busy: {doing} did not finish before the function's time ran out. "
                "Another deployment may be changing the group; retry the deployment.")
        self.deadline.clock.sleep(seconds)


def error_code(error):
    """The AWS error code of a boto3 error ("InvalidUserGroupStateFault", "Throttling"...), or its class name."""
    response = getattr(error, "response", None)
    if isinstance(response, dict):
        return response.get("Error", {}).get("Code", "")
    return type(error).__name__


def parse_physical_id(physical_id):
    """The (group id, user id) a resource holds, or None for a resource that never held one."""
    group_id, separator, user_id = (physical_id or "").partition(":")
    return (group_id, user_id) if separator and group_id and user_id else None


def apply(event, membership):
    """Carries out a CloudFormation request; returns the physical id and the outcome."""
    properties = event["ResourceProperties"]
    group_id, user_id = properties["UserGroupId"], properties["UserId"]
    physical_id = f"{group_id}:{user_id}"
    request = event["RequestType"]
    if request == "Create":
        return physical_id, membership.ensure_member(group_id, user_id)
    if request == "Update":
        outcome = membership.ensure_member(group_id, user_id)
        old = parse_physical_id(event.get("PhysicalResourceId"))
        if old is not None and old != (group_id, user_id):
            outcome += f"; left {old[0]}: " + membership.leave(event, *old)
        return physical_id, outcome
    held = parse_physical_id(event.get("PhysicalResourceId"))
    if held is None:
        return event.get("PhysicalResourceId"), "nothing-held"
    if properties.get("OnDelete", "preserve") != "remove":
        return event["PhysicalResourceId"], "preserved"
    return event["PhysicalResourceId"], membership.leave(event, *held)


def response_body(event, status, physical_id, reason, data):
    """The answer to CloudFormation, its reason cut so that the whole stays under CloudFormation's limit."""
    def body(text):
        return json.dumps({
            "Status": status, "Reason": text, "PhysicalResourceId": physical_id,
            "StackId": event["StackId"], "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"], "NoEcho": False, "Data": data,
        }).encode()
    encoded = body(reason)
    while len(encoded) > MAX_RESPONSE_BYTES and len(reason) > 3:
        reason = reason[:max(0, len(reason) * MAX_RESPONSE_BYTES // len(encoded) - 4)] + "..."
        encoded = body(reason)
    return encoded


def respond(event, status, physical_id, reason, data, opener, clock, log):
    """PUTs the answer to the response URL, retrying; the URL is never logged (it grants the answer)."""
    body = response_body(event, status, physical_id, reason, data)
    pause = FIRST_RESPONSE_PAUSE_SECONDS
    for attempt in range(1, RESPONSE_ATTEMPTS + 1):
        request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT",
                                         headers={"Content-Type": "", "Content-Length": str(len(body))})
        try:
            opener(request, timeout=RESPONSE_TIMEOUT_SECONDS).close()
            log({"response": status, "attempt": attempt})
            return
        except Exception as error:  # noqa: BLE001 - every failure is logged and retried
            log({"response": status, "attempt": attempt, "error": f"{type(error).__name__}: {error}"})
        if attempt < RESPONSE_ATTEMPTS:
            clock.sleep(pause)
            pause *= 2
    raise ResponseError(
        f"CloudFormation could not be answered after {RESPONSE_ATTEMPTS} attempts; failing the invocation "
        "so that Lambda runs it again.")


def run(event, context, elasticache, cloudformation, clock, rng, opener, log):
    """Carries out the request and answers CloudFormation, also when the request fails."""
    physical_id = event.get("PhysicalResourceId") or event["LogicalResourceId"]
    membership = Membership(elasticache, cloudformation, Deadline(context, clock), rng)
    try:
        physical_id, outcome = apply(event, membership)
        status, reason, data = "SUCCESS", outcome, {"Outcome": outcome}
        log({"request": event["RequestType"], "membership": physical_id, "outcome": outcome})
    except Exception as error:  # noqa: BLE001 - every failure must reach CloudFormation, or the stack waits an hour
        status, reason, data = "FAILED", str(error) or type(error).__name__, {}
        log({"request": event["RequestType"], "membership": physical_id, "error": reason})
    respond(event, status, physical_id, reason, data, opener, clock, log)


def handler(event, context):
    import boto3
    run(event, context, boto3.client("elasticache"), boto3.client("cloudformation"), Clock(), random.Random(),
        urllib.request.urlopen, lambda entry: print(json.dumps(entry)))
