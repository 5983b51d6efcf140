"""A stateful simulation of what the membership handler talks to: ElastiCache user groups, the stack's
resources in CloudFormation, the Lambda context and the response URL, all on one simulated clock.

ElastiCache is modelled as it behaves for ModifyUserGroup: a change leaves the group `modifying` for a
while, with the change listed under PendingChanges and UserIds unchanged until it is applied; a group that is
modifying refuses further changes with InvalidUserGroupStateFault. Handlers run concurrently on simulated
time: one at a time, each until it sleeps, the earliest wake-up first, so that a run is deterministic and
takes no real time.
"""
import heapq
import json
import threading
import urllib.error


class SimulatedClientError(Exception):
    """An AWS error as boto3 raises it: the code in `response["Error"]["Code"]`."""

    def __init__(self, code, message, operation):
        super().__init__(f"An error occurred ({code}) when calling the {operation} operation: {message}")
        self.response = {"Error": {"Code": code, "Message": message}}


class Simulation:
    """Simulated time, and handlers run concurrently on it."""

    def __init__(self):
        self._time = 0.0
        self._condition = threading.Condition()
        self._wakeups = []
        self._sequence = 0
        self._running = None
        self._local = threading.local()
        self.sleeps = []

    def now(self):
        return self._time

    def sleep(self, seconds):
        """Sleeps as a handler does; the pauses are kept in `sleeps`."""
        self.sleeps.append(seconds)
        self.elapse(seconds)

    def elapse(self, seconds):
        """Lets `seconds` pass for the caller, as a call to a service does."""
        assert seconds >= 0, seconds
        worker = getattr(self._local, "worker", None)
        if worker is None:
            self._time += seconds
            return
        with self._condition:
            self._schedule(worker, self._time + seconds)
            self._running = None
            self._condition.notify_all()
            self._condition.wait_for(lambda: self._running is worker)

    def run_concurrently(self, tasks):
        """Runs every task (a function) as if at once; returns each one's result or exception, in order."""
        workers = [{"task": task, "outcome": None, "done": False} for task in tasks]
        threads = [threading.Thread(target=self._work, args=(worker,), daemon=True) for worker in workers]
        with self._condition:
            for worker in workers:
                self._schedule(worker, self._time)
        for thread in threads:
            thread.start()
        with self._condition:
            while True:
                self._condition.wait_for(lambda: self._running is None)
                if not self._wakeups:
                    break
                wake, _, worker = heapq.heappop(self._wakeups)
                self._time = max(self._time, wake)
                self._running = worker
                self._condition.notify_all()
        for thread in threads:
            thread.join()
        return [worker["outcome"] for worker in workers]

    def _schedule(self, worker, wake):
        self._sequence += 1
        heapq.heappush(self._wakeups, (wake, self._sequence, worker))

    def _work(self, worker):
        self._local.worker = worker
        with self._condition:
            self._condition.wait_for(lambda: self._running is worker)
        try:
            worker["outcome"] = worker["task"]()
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            worker["outcome"] = error
        with self._condition:
            worker["done"] = True
            self._running = None
            self._condition.notify_all()


class SimulatedElastiCache:
    """User groups whose changes take `modification_seconds` to apply; each call takes `latency_seconds`, so that
    concurrent callers interleave between a describe and a modify."""

    def __init__(self, clock, groups, users=(), modification_seconds=60, latency_seconds=1):
        self.clock = clock
        self.modification_seconds = modification_seconds
        self.latency_seconds = latency_seconds
        self.groups = {
            group_id: {"members": list(members), "add": [], "remove": [], "ready_at": None}
            for group_id, members in groups.items()
        }
        self.users = set(users) | {user for members in groups.values() for user in members}
        self.changes = []
        self.refusals = 0
        self.throttle_next_describes = 0

    def members(self, group_id):
        """The group's members once every pending change is applied."""
        group = self._settled(group_id, "test")
        kept = [user for user in group["members"] if user not in group["remove"]]
        return kept + [user for user in group["add"] if user not in kept]

    def begin_change(self, group_id, add=(), remove=()):
        """Another client's change, as if made just now."""
        self.modify_user_group(UserGroupId=group_id, UserIdsToAdd=list(add), UserIdsToRemove=list(remove))

    def describe_user_groups(self, UserGroupId):
        self.clock.elapse(self.latency_seconds)
        if self.throttle_next_describes:
            self.throttle_next_describes -= 1
            raise SimulatedClientError("Throttling", "Rate exceeded", "DescribeUserGroups")
        group = self._settled(UserGroupId, "DescribeUserGroups")
        description = {
            "UserGroupId": UserGroupId, "Engine": "valkey", "UserIds": list(group["members"]),
            "Status": "modifying" if group["ready_at"] is not None else "active",
        }
        if group["add"] or group["remove"]:
            description["PendingChanges"] = {"UserIdsToAdd": list(group["add"]),
                                             "UserIdsToRemove": list(group["remove"])}
        return {"UserGroups": [description]}

    def modify_user_group(self, UserGroupId, UserIdsToAdd=(), UserIdsToRemove=()):
        self.clock.elapse(self.latency_seconds)
        group = self._settled(UserGroupId, "ModifyUserGroup")
        if group["ready_at"] is not None:
            self.refusals += 1
            raise SimulatedClientError(
                "InvalidUserGroupStateFault", "User group is not in active state.", "ModifyUserGroup")
        for user in list(UserIdsToAdd) + list(UserIdsToRemove):
            if user not in self.users:
                raise SimulatedClientError("UserNotFoundFault", f"User {user} not found.", "ModifyUserGroup")
        for user in UserIdsToAdd:
            if user in group["members"]:
                raise SimulatedClientError(
                    "InvalidParameterValueException", f"User {user} is already in the group.", "ModifyUserGroup")
        for user in UserIdsToRemove:
            if user not in group["members"]:
                raise SimulatedClientError(
                    "InvalidParameterValueException", f"User {user} is not in the group.", "ModifyUserGroup")
        group["add"], group["remove"] = list(UserIdsToAdd), list(UserIdsToRemove)
        group["ready_at"] = self.clock.now() + self.modification_seconds
        self.changes.append((self.clock.now(), UserGroupId, tuple(UserIdsToAdd), tuple(UserIdsToRemove)))
        return {"UserGroupId": UserGroupId, "Status": "modifying"}

    def _settled(self, group_id, operation):
        group = self.groups.get(group_id)
        if group is None:
            raise SimulatedClientError("UserGroupNotFoundFault", f"User group {group_id} not found.", operation)
        if group["ready_at"] is not None and self.clock.now() >= group["ready_at"]:
            group["members"] = [user for user in group["members"] if user not in group["remove"]]
            group["members"] += [user for user in group["add"] if user not in group["members"]]
            group["add"], group["remove"], group["ready_at"] = [], [], None
        return group


class SimulatedCloudFormation:
    """The resources of a stack, listed two to a page as ListStackResources pages them."""

    def __init__(self, resources=()):
        self.resources = list(resources)

    def get_paginator(self, operation):
        assert operation == "list_stack_resources", operation
        return self

    def paginate(self, StackName):
        for start in range(0, max(len(self.resources), 1), 2):
            yield {"StackResourceSummaries": [dict(resource) for resource in self.resources[start:start + 2]]}


class SimulatedContext:
    """A Lambda context whose remaining time runs out `timeout_seconds` after it was made."""

    def __init__(self, clock, timeout_seconds=900):
        self.clock = clock
        self.ends_at = clock.now() + timeout_seconds

    def get_remaining_time_in_millis(self):
        return max(0, int((self.ends_at - self.clock.now()) * 1000))


class ResponseEndpoint:
    """The pre-signed response URL: records each answer, failing the first `failures` attempts."""

    def __init__(self, clock, failures=0):
        self.clock = clock
        self.failures = failures
        self.attempts = 0
        self.answers = []

    def __call__(self, request, timeout):
        self.attempts += 1
        if self.failures:
            self.failures -= 1
            raise urllib.error.URLError("connection reset by peer")
        assert request.get_method() == "PUT"
        self.answers.append((self.clock.now(), json.loads(request.data)))
        return self

    def close(self):
        pass
