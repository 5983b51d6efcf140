"""Generated names (Names.uniqueResourceName, Names.uniqueId) written into resource properties."""
import aws_cdk as cdk
from aws_cdk import Names
from constructs import Construct


def parameter(scope, id, value):
    cdk.CfnResource(scope, id, type="AWS::SSM::Parameter", properties={"Type": "String", "Value": value})


def names(stack):
    group = Construct(stack, "Group")
    nested = Construct(Construct(group, "Inner"), "Resource")
    hidden = Construct(Construct(group, "Default"), "Child")
    odd = Construct(group, "Odd.Name-with_Chars")
    long_id = Construct(group, "VeryLongConstructIdentifierThatKeepsGoing" * 4)
    duplicate = Construct(Construct(group, "Cache"), "Cache")
    parameter(group, "DefaultOptions", Names.unique_resource_name(nested))
    parameter(group, "MaxLength10", Names.unique_resource_name(nested, max_length=10))
    parameter(group, "MaxLength17", Names.unique_resource_name(nested, max_length=17))
    parameter(group, "MaxLength32", Names.unique_resource_name(long_id, max_length=32))
    parameter(group, "MaxLength512", Names.unique_resource_name(long_id, max_length=512))
    parameter(group, "Separator", Names.unique_resource_name(nested, separator="-"))
    parameter(group, "LongSeparator", Names.unique_resource_name(odd, separator="--", max_length=30))
    parameter(group, "Allowed", Names.unique_resource_name(odd, allowed_special_characters="-_."))
    parameter(group, "AllowedSeparator", Names.unique_resource_name(odd, separator="_", allowed_special_characters="_"))
    parameter(group, "HiddenDefault", Names.unique_resource_name(hidden))
    parameter(group, "Duplicate", Names.unique_resource_name(duplicate))
    parameter(group, "OfStack", Names.unique_resource_name(stack))
    parameter(group, "OfGroup", Names.unique_resource_name(group, max_length=12))
    parameter(group, "UniqueId", Names.unique_id(nested))
    parameter(group, "UniqueIdHidden", Names.unique_id(hidden))
    parameter(group, "UniqueIdOfStack", Names.unique_id(stack))
    parameter(group, "UniqueIdLong", Names.unique_id(long_id))


def build(app):
    names(cdk.Stack(app, "Names"))
    names(cdk.Stack(app, "NamedStack", stack_name="a-rather-long-stack-name-for-the-cache-platform-production-env"))
