"""An imported VPC and an owned VPC: subnet selections (default, type, group name, AZ, one per AZ, explicit subnets)
feed raw resources' properties."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


def subnet_group(stack, id, description, selection):
    cdk.CfnResource(
        stack, id, type="AWS::ElastiCache::SubnetGroup",
        properties={"Description": description, "SubnetIds": selection.subnet_ids},
    )


def build(app):
    stack = cdk.Stack(app, "ImportedVpc")
    vpc = ec2.Vpc.from_vpc_attributes(
        stack, "Vpc",
        vpc_id="vpc-0123456789abcdef0",
        vpc_cidr_block="10.0.0.0/16",
        availability_zones=["us-east-1a", "us-east-1b"],
        public_subnet_ids=["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"],
        private_subnet_ids=[
            "subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2",
            "subnet-0ccccccccccccccc1", "subnet-0ccccccccccccccc2",
        ],
        private_subnet_names=["App", "Data"],
        private_subnet_route_table_ids=["rtb-01", "rtb-02", "rtb-03", "rtb-04"],
        isolated_subnet_ids=["subnet-0ddddddddddddddd1", "subnet-0ddddddddddddddd2"],
    )
    subnet_group(stack, "DefaultSelection", "private with egress by default", vpc.select_subnets())
    subnet_group(stack, "DataGroup", "by group name", vpc.select_subnets(subnet_group_name="Data"))
    subnet_group(stack, "IsolatedType", "by type", vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED))
    subnet_group(
        stack, "SecondZone", "by availability zone",
        vpc.select_subnets(subnet_type=ec2.SubnetType.PUBLIC, availability_zones=["us-east-1b"]),
    )
    subnet_group(stack, "OnePerZone", "one per AZ", vpc.select_subnets(one_per_az=True))
    explicit = [
        ec2.Subnet.from_subnet_attributes(
            stack, "Explicit1", subnet_id="subnet-0eeeeeeeeeeeeeee1", availability_zone="us-east-1a"),
        ec2.Subnet.from_subnet_attributes(
            stack, "Explicit2", subnet_id="subnet-0eeeeeeeeeeeeeee2", availability_zone="us-east-1b",
            route_table_id="rtb-05"),
    ]
    subnet_group(stack, "ExplicitSubnets", "explicit subnets", vpc.select_subnets(subnets=explicit))
    cdk.CfnOutput(stack, "VpcCidr", value=vpc.vpc_cidr_block)
    cdk.CfnOutput(stack, "ById", value=ec2.Subnet.from_subnet_id(stack, "SubnetById", "subnet-0fffffffffffffff1").subnet_id)
    cdk.CfnOutput(
        stack, "DataZones", value=cdk.Fn.join(",", vpc.select_subnets(subnet_group_name="Data").availability_zones))
    cdk.CfnOutput(stack, "AppRouteTable", value=vpc.private_subnets[1].route_table.route_table_id)

    owned = ec2.Vpc(
        stack, "Owned",
        nat_gateways=0,
        subnet_configuration=[
            ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
            ec2.SubnetConfiguration(name="Cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24),
        ],
    )
    subnet_group(stack, "OwnedDefault", "isolated when there are no private subnets", owned.select_subnets())
    cdk.CfnOutput(stack, "OwnedZones", value=cdk.Fn.join(",", owned.select_subnets().availability_zones))
    cdk.CfnOutput(stack, "OwnedCidr", value=owned.vpc_cidr_block)
    cdk.CfnOutput(stack, "OwnedRouteTable", value=owned.isolated_subnets[0].route_table.route_table_id)
    cdk.CfnOutput(stack, "OwnedSubnetCidr", value=owned.public_subnets[1].ipv4_cidr_block)
