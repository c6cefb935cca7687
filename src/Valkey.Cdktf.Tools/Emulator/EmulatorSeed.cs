using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Emulator;

/// <summary>
/// What the stacks expect to exist before their first deploy, for the emulator to create with the
/// stacks' own ids: each environment's VPC, subnets and ECS security group, its S3 state bucket
/// (and DynamoDB lock table), and the Secrets Manager secrets holding its AUTH token and its users' passwords.
/// </summary>
internal static class EmulatorSeed
{
    /// <summary>
    /// The AUTH token and password the emulator's secrets hold: 32 letters and digits, a token ElastiCache accepts
    /// (16 to 128 printable characters; https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html) and a password
    /// too (16 to 128 characters: CreateUser, https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateUser.html).
    /// </summary>
    public const string RehearsalToken = "RehearsalTokenNotASecret00000000";

    /// <summary>The seed file's content (see valkey_emulator.py) for <paramref name="environments"/>.</summary>
    public static JsonObject For(IEnumerable<EnvironmentConfig> environments)
    {
        var networks = new JsonArray();
        var buckets = new JsonArray();
        var tables = new JsonArray();
        var secrets = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var environment in environments)
        {
            var cache = environment.Cache;
            var region = environment.AwsRegion;
            if (seen.Add($"network {region} {cache.VpcId} {string.Join(",", cache.PrivateSubnetIds)} {cache.EcsSecurityGroupId}"))
            {
                networks.Add(new JsonObject
                {
                    ["region"] = region,
                    ["vpc_id"] = cache.VpcId,
                    ["subnet_ids"] = new JsonArray([.. cache.PrivateSubnetIds.Select(id => (JsonNode)id)]),
                    ["security_group_ids"] = new JsonArray(cache.EcsSecurityGroupId),
                });
            }
            if (environment.Backend is S3StateBackend s3 && seen.Add($"bucket {s3.Bucket}"))
            {
                buckets.Add(new JsonObject { ["region"] = s3.Region, ["name"] = s3.Bucket });
                if (s3.DynamodbTable is { } table && seen.Add($"table {s3.Region} {table}")) tables.Add(new JsonObject { ["region"] = s3.Region, ["name"] = table });
            }
            foreach (var secret in cache.Users.SelectMany(u => u.PasswordSecretIds).Prepend(cache.AuthTokenSecretId).OfType<string>())
            {
                if (seen.Add($"secret {region} {secret}")) secrets.Add(new JsonObject { ["region"] = region, ["name"] = secret, ["value"] = RehearsalToken });
            }
        }
        return new JsonObject { ["networks"] = networks, ["buckets"] = buckets, ["lock_tables"] = tables, ["secrets"] = secrets };
    }
}
