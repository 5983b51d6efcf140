/// The ElastiCache construct library: serverless caches, users and user groups, and the typed
/// CloudFormation resources of `AWS::ElastiCache::*`.
public enum ElastiCacheLibrary {}
