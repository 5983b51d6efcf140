"""Security groups with ingress and egress rules: IPv4/IPv6/any peers, another group, prefix lists and group ids;
TCP, ranges, UDP, ICMP and all traffic; allowAllOutbound false; separate rules; imported groups."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


def build(app):
    stack = cdk.Stack(app, "SecurityGroupRules")
    vpc = ec2.Vpc.from_vpc_attributes(
        stack, "Vpc", vpc_id="vpc-0123456789abcdef0", availability_zones=["us-east-1a"],
        private_subnet_ids=["subnet-0bbbbbbbbbbbbbbb1"],
    )
    web = ec2.SecurityGroup(stack, "Web", vpc=vpc, description="Web tier")
    web.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(443))
    web.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp_range(8000, 8100), "alternate ports")
    web.add_ingress_rule(ec2.Peer.any_ipv6(), ec2.Port.tcp(80))
    web.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(443))
    web.add_ingress_rule(ec2.Peer.prefix_list("pl-0123456789abcdef0"), ec2.Port.tcp(22))
    web.add_ingress_rule(ec2.Peer.security_group_id("sg-0123456789abcdef0", "123456789012"), ec2.Port.udp(53))
    web.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(25))

    cache = ec2.SecurityGroup(
        stack, "Cache", vpc=vpc, allow_all_outbound=False, security_group_name="cache-sg")
    cache.add_ingress_rule(web, ec2.Port.tcp(6379), "from the web tier")
    cache.add_egress_rule(ec2.Peer.ipv4("10.1.0.0/16"), ec2.Port.all_tcp())
    cache.add_egress_rule(web, ec2.Port.tcp_range(1024, 65535))
    cache.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.all_icmp())
    cache.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.icmp_ping())
    cache.add_ingress_rule(ec2.Peer.ipv4("192.168.0.0/24"), ec2.Port.all_traffic())
    cache.add_ingress_rule(ec2.Peer.ipv4("192.168.1.0/24"), ec2.Port.udp_range(5000, 5010))
    cache.add_ingress_rule(ec2.Peer.ipv4("192.168.2.0/24"), ec2.Port.all_udp())

    closed = ec2.SecurityGroup(stack, "Closed", vpc=vpc, allow_all_outbound=False)
    closed.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(11211))

    separate = ec2.SecurityGroup(stack, "Separate", vpc=vpc, disable_inline_rules=True)
    separate.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(443))
    separate.add_egress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(443))
    separate_closed = ec2.SecurityGroup(
        stack, "SeparateClosed", vpc=vpc, disable_inline_rules=True, allow_all_outbound=False)
    separate_closed.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443))
    separate_none = ec2.SecurityGroup(
        stack, "SeparateNoEgress", vpc=vpc, disable_inline_rules=True, allow_all_outbound=False)
    separate_none.add_ingress_rule(ec2.Peer.ipv4("10.2.0.0/16"), ec2.Port.tcp(443))

    separate_withdrawn = ec2.SecurityGroup(
        stack, "SeparateWithdrawn", vpc=vpc, disable_inline_rules=True, allow_all_outbound=False)
    separate_withdrawn.add_egress_rule(ec2.Peer.ipv4("10.3.0.0/16"), ec2.Port.tcp(5432))
    separate.add_ingress_rule(ec2.Peer.ipv4(cdk.Fn.import_value("AllowedCidr")), ec2.Port.tcp(8443))
    separate.add_ingress_rule(ec2.Peer.ipv4(cdk.Fn.import_value("OtherCidr")), ec2.Port.tcp(8443))
    web.add_ingress_rule(ec2.Peer.ipv4(cdk.Fn.import_value("AllowedCidr")), ec2.Port.tcp(8443))

    imported = ec2.SecurityGroup.from_security_group_id(stack, "Imported", "sg-0aaaaaaaaaaaaaaa1")
    imported.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(443))
    imported.add_egress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(443))
    imported.add_ingress_rule(cache, ec2.Port.tcp(6379))
    outbound = ec2.SecurityGroup.from_security_group_id(
        stack, "ImportedClosed", "sg-0aaaaaaaaaaaaaaa2", allow_all_outbound=False)
    outbound.add_egress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(443))
    outbound.add_egress_rule(web, ec2.Port.tcp(8080))
    frozen = ec2.SecurityGroup.from_security_group_id(stack, "Frozen", "sg-0aaaaaaaaaaaaaaa3", mutable=False)
    frozen.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(443))
    cdk.CfnOutput(stack, "CacheGroupId", value=cache.security_group_id)
