"""Tests of the user group membership handler on a simulation of ElastiCache, CloudFormation and Lambda."""
import os
import random
import sys
import unittest

sys.path.insert(0, os.environ["MEMBERSHIP_HANDLER_DIR"])
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import membership_handler as handler  # noqa: E402
from elasticache_simulator import (  # noqa: E402
    ResponseEndpoint, SimulatedCloudFormation, SimulatedContext, SimulatedElastiCache, Simulation)

GROUP = "payments-users"
RESPONSE_URL = "https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/signed?X-Amz-Signature=abc"
RESOURCE_TYPE = "Custom::ElastiCacheUserGroupMembership"


def event(request_type, user="enrollmentapi", group=GROUP, on_delete=None, physical_id=None,
          logical_id="CacheAccessMembership"):
    properties = {"ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:provider", "UserGroupId": group,
                  "UserId": user}
    if on_delete:
        properties["OnDelete"] = on_delete
    request = {
        "RequestType": request_type, "ResourceProperties": properties, "ResponseURL": RESPONSE_URL,
        "StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/EnrollmentService/guid",
        "RequestId": f"request-{request_type}-{logical_id}", "LogicalResourceId": logical_id,
        "ResourceType": RESOURCE_TYPE,
    }
    if physical_id:
        request["PhysicalResourceId"] = physical_id
    return request


def resource(logical_id, physical_id, status="CREATE_COMPLETE"):
    return {"LogicalResourceId": logical_id, "PhysicalResourceId": physical_id, "ResourceType": RESOURCE_TYPE,
            "ResourceStatus": status}


class Deployment:
    """One simulated world: ElastiCache, the stack's resources, the response URL and the handler's logs."""

    def __init__(self, groups, users=(), stack_resources=(), response_failures=0, modification_seconds=60):
        self.simulation = Simulation()
        self.elasticache = SimulatedElastiCache(self.simulation, groups, users, modification_seconds)
        self.cloudformation = SimulatedCloudFormation(stack_resources)
        self.endpoint = ResponseEndpoint(self.simulation, response_failures)
        self.logs = []

    def invoke(self, request, timeout_seconds=900, seed=0):
        """Runs the handler on `request`; returns the one answer CloudFormation got for it, in time."""
        context = SimulatedContext(self.simulation, timeout_seconds)
        before = len(self.answers_to(request))
        handler.run(request, context, self.elasticache, self.cloudformation, self.simulation, random.Random(seed),
                    self.endpoint, self.logs.append)
        answers = self.answers_to(request)
        assert len(answers) == before + 1, f"{len(answers) - before} answers to {request['RequestId']}"
        answered_at, answer = answers[-1]
        assert answered_at <= context.ends_at, f"answered at {answered_at}, after the function's end {context.ends_at}"
        return answer

    def answers_to(self, request):
        return [(at, answer) for at, answer in self.endpoint.answers if answer["RequestId"] == request["RequestId"]]

    def settle(self):
        """Lets every pending change apply."""
        self.simulation.sleep(self.elasticache.modification_seconds)


class CreateUpdateDelete(unittest.TestCase):
    def test_create_adds_a_new_service_user_to_the_group(self):
        world = Deployment({GROUP: ["platform-default"]}, users=["enrollmentapi"])
        answer = world.invoke(event("Create"))
        self.assertEqual((answer["Status"], answer["PhysicalResourceId"]), ("SUCCESS", f"{GROUP}:enrollmentapi"))
        self.assertEqual(answer["Data"], {"Outcome": "added"})
        self.assertEqual(world.elasticache.members(GROUP), ["platform-default", "enrollmentapi"])

    def test_create_leaves_an_existing_member_alone(self):
        world = Deployment({GROUP: ["enrollmentapi"]})
        self.assertEqual(world.invoke(event("Create"))["Data"], {"Outcome": "already-member"})
        self.assertEqual(world.elasticache.changes, [])

    def test_a_repeated_create_changes_the_group_once(self):
        world = Deployment({GROUP: []}, users=["enrollmentapi"])
        world.invoke(event("Create"))
        self.assertEqual(world.invoke(event("Create"))["Data"], {"Outcome": "adding"})
        world.settle()
        self.assertEqual(world.invoke(event("Update", physical_id=f"{GROUP}:enrollmentapi"))["Data"],
                         {"Outcome": "already-member"})
        self.assertEqual(len(world.elasticache.changes), 1)

    def test_delete_preserves_membership_by_default(self):
        world = Deployment({GROUP: ["enrollmentapi"]})
        answer = world.invoke(event("Delete", physical_id=f"{GROUP}:enrollmentapi"))
        self.assertEqual((answer["Status"], answer["Data"]), ("SUCCESS", {"Outcome": "preserved"}))
        self.assertEqual(world.elasticache.changes, [])

    def test_delete_removes_the_user_when_asked(self):
        world = Deployment({GROUP: ["enrollmentapi", "other"]},
                           stack_resources=[resource("CacheAccessMembership", f"{GROUP}:enrollmentapi",
                                                     "DELETE_IN_PROGRESS")])
        answer = world.invoke(event("Delete", on_delete="remove", physical_id=f"{GROUP}:enrollmentapi"))
        self.assertEqual(answer["Data"], {"Outcome": "removed"})
        self.assertEqual(world.elasticache.members(GROUP), ["other"])

    def test_delete_with_remove_succeeds_when_the_group_is_gone(self):
        world = Deployment({})
        answer = world.invoke(event("Delete", on_delete="remove", physical_id=f"{GROUP}:enrollmentapi"))
        self.assertEqual((answer["Status"], answer["Data"]), ("SUCCESS", {"Outcome": "not-member"}))

    def test_a_missing_group_fails_with_a_clear_message(self):
        world = Deployment({})
        answer = world.invoke(event("Create"))
        self.assertEqual(answer["Status"], "FAILED")
        self.assertIn(f"User group '{GROUP}' does not exist", answer["Reason"])
        self.assertEqual(answer["PhysicalResourceId"], "CacheAccessMembership")

    def test_delete_after_a_failed_create_touches_nothing(self):
        # The create failed, so its physical id is the logical id; the user belongs to someone else.
        world = Deployment({GROUP: ["enrollmentapi"]})
        answer = world.invoke(event("Delete", on_delete="remove", physical_id="CacheAccessMembership"))
        self.assertEqual(answer["Data"], {"Outcome": "nothing-held"})
        self.assertEqual(world.elasticache.members(GROUP), ["enrollmentapi"])

    def test_throttled_calls_are_retried(self):
        world = Deployment({GROUP: []}, users=["enrollmentapi"])
        world.elasticache.throttle_next_describes = 2
        self.assertEqual(world.invoke(event("Create"))["Data"], {"Outcome": "added"})


class BusyGroups(unittest.TestCase):
    def test_a_pending_removal_is_not_membership(self):
        world = Deployment({GROUP: ["enrollmentapi"]})
        world.elasticache.begin_change(GROUP, remove=["enrollmentapi"])
        answer = world.invoke(event("Create"))
        self.assertEqual(answer["Data"], {"Outcome": "added"})
        world.settle()
        self.assertEqual(world.elasticache.members(GROUP), ["enrollmentapi"])
        self.assertGreaterEqual(world.simulation.now(), 60)

    def test_ten_services_deploying_at_once_all_join(self):
        users = [f"service{index}" for index in range(10)]
        world = Deployment({GROUP: ["platform-default"]}, users=users, modification_seconds=60)
        tasks = [lambda user=user, seed=seed: world.invoke(event("Create", user=user, logical_id=f"Membership{seed}"),
                                                           seed=seed)
                 for seed, user in enumerate(users)]
        answers = world.simulation.run_concurrently(tasks)
        failures = [answer for answer in answers if isinstance(answer, BaseException)]
        self.assertEqual(failures, [])
        self.assertEqual([answer["Status"] for answer in answers], ["SUCCESS"] * 10)
        self.assertEqual(sorted(world.elasticache.members(GROUP)), sorted(["platform-default"] + users))
        # The group took one change at a time, 60 s each, and refused the others meanwhile.
        self.assertEqual(len(world.elasticache.changes), 10)
        self.assertGreater(world.elasticache.refusals, 0)
        self.assertGreaterEqual(world.simulation.now(), 9 * 60)
        # Retries are jittered: services do not poll in step.
        self.assertGreater(len(set(world.simulation.sleeps)), 20)

    def test_gives_up_before_the_function_times_out(self):
        world = Deployment({GROUP: ["other"]}, users=["enrollmentapi"], modification_seconds=3600)
        world.elasticache.begin_change(GROUP, remove=["other"])
        answer = world.invoke(event("Create"), timeout_seconds=300)
        self.assertEqual(answer["Status"], "FAILED")
        self.assertIn("stayed busy", answer["Reason"])
        self.assertIn("retry the deployment", answer["Reason"])
        # It used its time, not a fixed number of attempts: it stopped within the response margin.
        self.assertGreater(world.simulation.now(), 300 - handler.RESPONSE_MARGIN_SECONDS - handler.MAX_BACKOFF_SECONDS)

    def test_the_deadline_follows_the_remaining_time(self):
        world = Deployment({GROUP: []}, users=["enrollmentapi"], modification_seconds=600)
        world.elasticache.users.add("other")
        world.elasticache.begin_change(GROUP, add=["other"])
        answer = world.invoke(event("Create"), timeout_seconds=900)
        self.assertEqual(answer["Data"], {"Outcome": "added"})
        self.assertGreaterEqual(world.simulation.now(), 600)


class Replacement(unittest.TestCase):
    def test_replacing_the_resource_never_removes_the_user_the_new_one_holds(self):
        physical_id = f"{GROUP}:enrollmentapi"
        world = Deployment({GROUP: ["enrollmentapi"]}, stack_resources=[
            resource("OldMembership", physical_id, "UPDATE_COMPLETE"),
            resource("Unrelated", "something-else"),
            resource("NewMembership", physical_id, "CREATE_COMPLETE"),
        ])
        created = world.invoke(event("Create", on_delete="remove", logical_id="NewMembership"))
        self.assertEqual((created["PhysicalResourceId"], created["Data"]), (physical_id, {"Outcome": "already-member"}))
        deleted = world.invoke(event("Delete", on_delete="remove", physical_id=physical_id,
                                     logical_id="OldMembership"))
        self.assertEqual(deleted["Data"], {"Outcome": "kept for NewMembership"})
        self.assertEqual(world.elasticache.members(GROUP), ["enrollmentapi"])
        self.assertEqual(world.elasticache.changes, [])

    def test_moving_a_service_to_another_group_leaves_the_old_one(self):
        world = Deployment({GROUP: ["enrollmentapi", "other"], "reports-users": []})
        answer = world.invoke(event("Update", group="reports-users", physical_id=f"{GROUP}:enrollmentapi"))
        self.assertEqual(answer["PhysicalResourceId"], "reports-users:enrollmentapi")
        self.assertEqual(answer["Data"], {"Outcome": f"added; left {GROUP}: removed"})
        self.assertEqual(world.elasticache.members("reports-users"), ["enrollmentapi"])
        self.assertEqual(world.elasticache.members(GROUP), ["other"])
        # CloudFormation then deletes the old physical id; with the default policy nothing more happens.
        cleanup = world.invoke(event("Delete", group=GROUP, physical_id=f"{GROUP}:enrollmentapi"))
        self.assertEqual(cleanup["Data"], {"Outcome": "preserved"})
        self.assertEqual(world.elasticache.members(GROUP), ["other"])


class Responses(unittest.TestCase):
    def test_a_failed_response_is_retried_and_logged(self):
        world = Deployment({GROUP: ["enrollmentapi"]}, response_failures=2)
        answer = world.invoke(event("Create"))
        self.assertEqual(answer["Status"], "SUCCESS")
        self.assertEqual(world.endpoint.attempts, 3)
        attempts = [entry for entry in world.logs if "response" in entry]
        self.assertEqual([entry["attempt"] for entry in attempts], [1, 2, 3])
        self.assertIn("connection reset by peer", attempts[0]["error"])
        self.assertNotIn("error", attempts[2])

    def test_when_every_response_fails_the_invocation_fails_so_lambda_retries_it(self):
        world = Deployment({GROUP: ["enrollmentapi"]}, response_failures=handler.RESPONSE_ATTEMPTS)
        context = SimulatedContext(world.simulation)
        with self.assertRaisesRegex(handler.ResponseError, "could not be answered"):
            handler.run(event("Create"), context, world.elasticache, world.cloudformation, world.simulation,
                        random.Random(0), world.endpoint, world.logs.append)
        self.assertEqual(world.endpoint.attempts, handler.RESPONSE_ATTEMPTS)
        self.assertEqual(len([entry for entry in world.logs if "error" in entry and "response" in entry]),
                         handler.RESPONSE_ATTEMPTS)
        self.assertTrue(all("X-Amz-Signature" not in str(entry) for entry in world.logs))

    def test_a_long_reason_is_cut_to_what_cloudformation_accepts(self):
        body = handler.response_body(event("Create"), "FAILED", "CacheAccessMembership", "é" * 10_000, {})
        self.assertLessEqual(len(body), handler.MAX_RESPONSE_BYTES)
        self.assertIn(b"...", body)


if __name__ == "__main__":
    unittest.main()
