"""Every named engine and a custom engine version; security group ingress on the endpoint port."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "Engines")
    vpc = ec2.Vpc(stack, "VPC")
    engines = {
        "ValkeyLatest": elasticache.CacheEngine.VALKEY_LATEST,
        "Valkey7": elasticache.CacheEngine.VALKEY_7,
        "Valkey8": elasticache.CacheEngine.VALKEY_8,
        "Valkey9": elasticache.CacheEngine.VALKEY_9,
        "RedisLatest": elasticache.CacheEngine.REDIS_LATEST,
        "Redis7": elasticache.CacheEngine.REDIS_7,
        "MemcachedLatest": elasticache.CacheEngine.MEMCACHED_LATEST,
        "Memcached16": elasticache.CacheEngine.MEMCACHED_1_6,
        "Custom": elasticache.CacheEngine.of("valkey", "9"),
    }
    for name, engine in engines.items():
        elasticache.ServerlessCache(stack, name, vpc=vpc, engine=engine, description=f"{name} cache")
    client = ec2.SecurityGroup(stack, "ClientSG", vpc=vpc)
    client.connections.allow_to_default_port(stack.node.find_child("ValkeyLatest"))
