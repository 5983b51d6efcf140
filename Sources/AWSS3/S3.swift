/// Amazon S3: buckets (imported, for function code and grants).
public enum S3 {}
