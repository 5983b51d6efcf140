"""Tests of the user group membership handler against a stubbed ElastiCache API."""
import os
import sys
import unittest

sys.path.insert(0, os.environ["MEMBERSHIP_HANDLER_DIR"])
import membership_handler as handler  # noqa: E402


class UserGroupNotFoundFault(Exception):
    pass


class InvalidUserGroupStateFault(Exception):
    pass


class StubElastiCache:
    """A user group API in memory: groups by id, with scripted busy periods."""

    class exceptions:
        UserGroupNotFoundFault = UserGroupNotFoundFault
        InvalidUserGroupStateFault = InvalidUserGroupStateFault

    def __init__(self, groups, busy_describes=0, busy_modifies=0):
        self.groups = groups
        self.busy_describes = busy_describes
        self.busy_modifies = busy_modifies
        self.modifications = []

    def describe_user_groups(self, UserGroupId):
        if UserGroupId not in self.groups:
            raise UserGroupNotFoundFault(UserGroupId)
        status = "modifying" if self.busy_describes > 0 else "active"
        self.busy_describes = max(0, self.busy_describes - 1)
        return {"UserGroups": [{"UserGroupId": UserGroupId, "Status": status, "UserIds": list(self.groups[UserGroupId])}]}

    def modify_user_group(self, UserGroupId, UserIdsToAdd=(), UserIdsToRemove=()):
        if self.busy_modifies > 0:
            self.busy_modifies -= 1
            raise InvalidUserGroupStateFault("The user group is not in active state")
        self.modifications.append((UserGroupId, tuple(UserIdsToAdd), tuple(UserIdsToRemove)))
        members = self.groups[UserGroupId]
        members.extend(user for user in UserIdsToAdd if user not in members)
        for user in UserIdsToRemove:
            members.remove(user)


def event(request_type, user="enrollmentapi", group="platform-users", on_delete=None):
    properties = {"ServiceToken": "arn:aws:lambda:...", "UserGroupId": group, "UserId": user}
    if on_delete:
        properties["OnDelete"] = on_delete
    return {"RequestType": request_type, "ResourceProperties": properties}


class MembershipHandlerTests(unittest.TestCase):
    def setUp(self):
        self.sleeps = []

    def apply(self, request, client):
        return handler.apply(request, client, sleep=self.sleeps.append)

    def test_create_adds_a_new_service_user_to_the_group(self):
        client = StubElastiCache({"platform-users": ["platform-default"]})
        self.assertEqual(self.apply(event("Create"), client), ("platform-users:enrollmentapi", "added"))
        self.assertEqual(client.modifications, [("platform-users", ("enrollmentapi",), ())])
        self.assertEqual(client.groups["platform-users"], ["platform-default", "enrollmentapi"])

    def test_create_leaves_an_existing_member_alone(self):
        client = StubElastiCache({"platform-users": ["enrollmentapi"]})
        self.assertEqual(self.apply(event("Create"), client)[1], "already-member")
        self.assertEqual(client.modifications, [])

    def test_update_does_not_add_the_user_twice(self):
        client = StubElastiCache({"platform-users": []})
        self.apply(event("Create"), client)
        self.assertEqual(self.apply(event("Update"), client)[1], "already-member")
        self.assertEqual(client.groups["platform-users"], ["enrollmentapi"])
        self.assertEqual(len(client.modifications), 1)

    def test_update_to_another_user_adds_it_under_a_new_physical_id(self):
        client = StubElastiCache({"platform-users": ["enrollmentapi"]})
        physical_id, outcome = self.apply(event("Update", user="billingapi"), client)
        self.assertEqual((physical_id, outcome), ("platform-users:billingapi", "added"))

    def test_delete_preserves_membership_by_default(self):
        client = StubElastiCache({"platform-users": ["enrollmentapi"]})
        self.assertEqual(self.apply(event("Delete"), client)[1], "preserved")
        self.assertEqual(client.modifications, [])

    def test_delete_removes_the_user_when_asked(self):
        client = StubElastiCache({"platform-users": ["enrollmentapi", "other"]})
        self.assertEqual(self.apply(event("Delete", on_delete="remove"), client)[1], "removed")
        self.assertEqual(client.groups["platform-users"], ["other"])

    def test_delete_with_remove_succeeds_when_the_group_is_gone(self):
        client = StubElastiCache({})
        self.assertEqual(self.apply(event("Delete", on_delete="remove"), client)[1], "not-member")

    def test_retries_while_the_group_is_modifying(self):
        client = StubElastiCache({"platform-users": []}, busy_describes=2, busy_modifies=1)
        self.assertEqual(self.apply(event("Create"), client)[1], "added")
        self.assertEqual(len(self.sleeps), 3)
        self.assertEqual(client.groups["platform-users"], ["enrollmentapi"])

    def test_gives_up_when_the_group_stays_busy(self):
        client = StubElastiCache({"platform-users": []}, busy_modifies=10_000)
        with self.assertRaisesRegex(handler.MembershipError, "stayed busy"):
            self.apply(event("Create"), client)
        self.assertEqual(len(self.sleeps), handler.ATTEMPTS)

    def test_a_missing_group_fails_with_a_clear_message(self):
        client = StubElastiCache({})
        with self.assertRaisesRegex(handler.MembershipError, "User group 'platform-users' does not exist"):
            self.apply(event("Create"), client)


if __name__ == "__main__":
    unittest.main()
