"""Raw resources with nested properties and every intrinsic function the core offers."""
import aws_cdk as cdk
from aws_cdk import Aws, Fn


def build(app):
    stack = cdk.Stack(app, "Intrinsics")
    environment = cdk.CfnParameter(stack, "Environment", type="String", default="dev",
                                   allowed_values=["dev", "prod"])
    images = cdk.CfnMapping(stack, "RegionImages", mapping={
        "us-east-1": {"ami": "ami-0aaaaaaaaaaaaaaaa"},
        "eu-west-1": {"ami": "ami-0bbbbbbbbbbbbbbbb"},
    })
    is_prod = cdk.CfnCondition(stack, "IsProd",
                               expression=Fn.condition_equals(environment.value_as_string, "prod"))
    in_us = cdk.CfnCondition(stack, "InUsRegion", expression=Fn.condition_or(
        Fn.condition_equals(Aws.REGION, "us-east-1"),
        Fn.condition_equals(Aws.REGION, "us-west-2")))
    prod_outside_us = cdk.CfnCondition(stack, "ProdOutsideUs", expression=Fn.condition_and(
        is_prod, Fn.condition_not(in_us), Fn.condition_equals(Aws.PARTITION, "aws")))

    vpc = cdk.CfnResource(stack, "Vpc", type="AWS::EC2::VPC", properties={
        "CidrBlock": "10.0.0.0/16",
        "EnableDnsHostnames": True,
        "EnableDnsSupport": True,
    })
    cidrs = Fn.cidr(vpc.get_att("CidrBlock").to_string(), 4, "8")
    cdk.CfnResource(stack, "SubnetA", type="AWS::EC2::Subnet", properties={
        "VpcId": vpc.ref,
        "CidrBlock": Fn.select(0, cidrs),
        "AvailabilityZone": Fn.select(0, Fn.get_azs()),
    })
    cdk.CfnResource(stack, "SubnetB", type="AWS::EC2::Subnet", properties={
        "VpcId": vpc.ref,
        "CidrBlock": Fn.select(1, cidrs),
        "AvailabilityZone": Fn.select(1, Fn.get_azs(Aws.REGION)),
    })

    cdk.CfnResource(stack, "LaunchTemplate", type="AWS::EC2::LaunchTemplate", properties={
        "LaunchTemplateName": Fn.join("-", ["app", environment.value_as_string, "template"]),
        "LaunchTemplateData": {
            "ImageId": images.find_in_map(Aws.REGION, "ami"),
            "InstanceType": Fn.condition_if(is_prod.logical_id, "m5.large", "t3.micro").to_string(),
            "UserData": Fn.base64(Fn.sub("#!/bin/bash\necho ${Greeting} from ${AWS::Region} > /tmp/${Name}",
                                         {"Greeting": environment.value_as_string, "Name": "hello"})),
            "BlockDeviceMappings": [{
                "DeviceName": "/dev/xvda",
                "Ebs": {"VolumeSize": 20, "VolumeType": "gp3", "Encrypted": True, "DeleteOnTermination": True},
            }],
            "TagSpecifications": [{
                "ResourceType": "instance",
                "Tags": [{"Key": "Name", "Value": f"{Aws.STACK_NAME}-instance"}],
            }],
            "Monitoring": {"Enabled": False},
        },
    })

    cdk.CfnResource(stack, "Joined", type="AWS::SSM::Parameter", properties={
        "Type": "String",
        "Name": "/intrinsics/joined",
        "Value": Fn.join(",", [
            "a", "b",
            Fn.join(",", ["c", vpc.ref, "d"]),
            Fn.join("-", ["x", environment.value_as_string]),
            "e", "f",
        ]),
        "Description": f"{Aws.ACCOUNT_ID}/{Aws.REGION}/{Aws.PARTITION}/{Aws.URL_SUFFIX}",
    })
    cdk.CfnResource(stack, "LiteralJoin", type="AWS::SSM::Parameter", properties={
        "Type": "String",
        "Value": Fn.join("/", ["only", "literals", "here"]),
        "Description": Fn.join("", [Fn.join("", ["no", "delimiter"]), "-", vpc.ref]),
    }).cfn_options.condition = prod_outside_us
    arn = f"arn:{Aws.PARTITION}:ec2:{Aws.REGION}:{Aws.ACCOUNT_ID}:vpc/{vpc.ref}"
    cdk.CfnResource(stack, "Selected", type="AWS::SSM::Parameter", properties={
        "Type": "StringList",
        "Value": Fn.select(1, Fn.split(",", "x,y,z")),
        "Description": Fn.select(1, Fn.split("/", Fn.select(5, Fn.split(":", arn)))),
        "AllowedPattern": Fn.select(2, Fn.split("-", environment.value_as_string, 3)),
    })
    cdk.CfnResource(stack, "Imported", type="AWS::SSM::Parameter", properties={
        "Type": "String",
        "Value": Fn.import_value("shared-vpc-id"),
        "Description": Fn.join(" ", ["imported", Fn.import_value(f"{Aws.STACK_NAME}-network")]),
        "Tier": Fn.condition_if(is_prod.logical_id, "Advanced", Aws.NO_VALUE).to_string(),
    }).cfn_options.condition = in_us
    cdk.CfnResource(stack, "SelectedFromTokens", type="AWS::SSM::Parameter", properties={
        "Type": "String",
        "Value": Fn.select(0, [vpc.ref, "literal"]),
        "Description": Fn.select(1, ["first", "second"]),
    })
