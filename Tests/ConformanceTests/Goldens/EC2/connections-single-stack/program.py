"""Connections within one stack: default ports (one a token from a raw resource's attribute), groups allowing each
other, any-IPv4 access, internal access, and a connection whose group is added after the rule."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


def build(app):
    stack = cdk.Stack(app, "Connections")
    vpc = ec2.Vpc.from_vpc_attributes(
        stack, "Vpc", vpc_id="vpc-0123456789abcdef0", availability_zones=["us-east-1a"],
        private_subnet_ids=["subnet-0bbbbbbbbbbbbbbb1"],
    )
    cache = cdk.CfnResource(
        stack, "Cache", type="AWS::ElastiCache::ServerlessCache",
        properties={"Engine": "valkey", "ServerlessCacheName": "connections-cache"},
    )
    cache_sg = ec2.SecurityGroup(stack, "CacheSG", vpc=vpc)
    cache_connections = ec2.Connections(
        security_groups=[cache_sg],
        default_port=ec2.Port.tcp(cdk.Token.as_number(cache.get_att("Endpoint.Port"))),
    )
    client = ec2.SecurityGroup(stack, "ClientSG", vpc=vpc, allow_all_outbound=False)
    cache_connections.allow_default_port_from(client, "clients reach the cache")
    client.connections.allow_to_default_port(cache_connections)

    worker = ec2.SecurityGroup(stack, "WorkerSG", vpc=vpc, allow_all_outbound=False)
    worker.connections.allow_to_default_port(cache_connections, "workers reach the cache")

    api = ec2.SecurityGroup(stack, "ApiSG", vpc=vpc)
    api.connections.allow_from(client, ec2.Port.tcp(443))
    api.connections.allow_from_any_ipv4(ec2.Port.tcp(80), "public HTTP")
    api.connections.allow_internally(ec2.Port.tcp(9000))
    api.connections.allow_to(worker, ec2.Port.tcp(7000))

    memcached = ec2.Connections(default_port=ec2.Port.tcp(11211))
    memcached.allow_default_port_from(client)
    memcached.allow_default_port_from_any_ipv4("anyone")
    memcached.add_security_group(ec2.SecurityGroup(stack, "MemcachedSG", vpc=vpc))
