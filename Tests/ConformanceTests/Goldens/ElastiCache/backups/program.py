"""README: automatic backups (retention and daily time), a final backup, and restoring from snapshots."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_events as events
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "Backups")
    vpc = ec2.Vpc(stack, "VPC")
    elasticache.ServerlessCache(
        stack, "ServerlessCache", vpc=vpc,
        backup=elasticache.BackupSettings(
            backup_retention_limit=6,
            backup_time=events.Schedule.cron(hour="9", minute="0")))
    elasticache.ServerlessCache(
        stack, "FinalBackup", vpc=vpc, engine=elasticache.CacheEngine.VALKEY_LATEST,
        backup=elasticache.BackupSettings(backup_name_before_deletion="my-final-backup-name"))
    elasticache.ServerlessCache(
        stack, "Restored", vpc=vpc, engine=elasticache.CacheEngine.VALKEY_LATEST,
        backup=elasticache.BackupSettings(backup_arns_to_restore=[
            "arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:my-final-backup-name"]))
    elasticache.ServerlessCache(
        stack, "NoonBackup", vpc=vpc,
        backup=elasticache.BackupSettings(backup_time=events.Schedule.cron(hour="12", minute="5")))
