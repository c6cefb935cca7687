using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Configuration;

/// <summary>
/// The matrix of bad environment files: each gives exit code 1, a message naming the file and
/// the offending key, and leaves a previous cdktf.out exactly as it was.
/// </summary>
public sealed class BadEnvironmentFileTests
{
    /// <summary>A valid file (the hml example plus every optional variable) to break one way at a time.</summary>
    internal static JsonObject ValidFile() => JsonNode.Parse("""
        {
          "aws_region": "us-east-1",
          "variables": {
            "prefix": "pbet",
            "project_name": "plataforma-bet",
            "vpc_id": "vpc-12345",
            "private_subnet_ids": ["subnet-12345", "subnet-67890"],
            "ecs_security_group_id": "sg-12345",
            "environment": "hml",
            "node_type": "cache.t3.micro",
            "num_cache_nodes": 2,
            "engine_version": "8.0",
            "port": 6379,
            "parameter_group_name": "default.valkey8",
            "at_rest_encryption_enabled": true,
            "transit_encryption_enabled": false,
            "maintenance_window": "sun:03:00-sun:04:00",
            "snapshot_retention_limit": 7,
            "snapshot_window": "02:00-03:00",
            "tags": { "Environment": "homolog", "Project": "pbet" }
          }
        }
        """)!.AsObject();

    private static Func<string> Vars(Action<JsonObject> change) => () =>
    {
        var file = ValidFile();
        change(file["variables"]!.AsObject());
        return file.ToJsonString();
    };

    private static Func<string> Root(Action<JsonObject> change) => () =>
    {
        var file = ValidFile();
        change(file);
        return file.ToJsonString();
    };

    private static Func<string> Text(string text) => () => text;

    /// <summary>Case id → (file text, text the message must contain: the key path, or the JSON position).</summary>
    private static readonly Dictionary<string, (Func<string> File, string Names)> Cases = new()
    {
        ["malformed: trailing comma"] = (Text("{ \"aws_region\": \"us-east-1\", }"), "line 1, column 30: got malformed JSON"),
        ["malformed: unclosed object"] = (Text("{\n  \"aws_region\": \"us-east-1\",\n  \"variables\": {\n"), "line 4"),
        ["malformed: empty file"] = (Text(""), "got an empty file"),
        ["malformed: blank file"] = (Text("  \n"), "got an empty file"),
        ["malformed: a comment"] = (Text("{\n  // homolog\n  \"aws_region\": \"us-east-1\"\n}"), "line 2, column 3: got a comment; expected JSON without comments"),
        ["aws_region misspelled"] = (Root(f => f["aws_region"] = "us-esat-1"), "did you mean `us-east-1`?"),
        ["engine_version not offered"] = (Vars(v => v["engine_version"] = "9.9"), "expected a Valkey version ElastiCache offers: 7.2, 8.0, 8.1, 8.2, 9.0, 9.1"),
        ["a 100,000-character value"] = (Vars(v => v["project_name"] = new string((char)0x00e3, 100_000)), "… (100000 characters)"),
        ["acknowledgement with a blank reason"] = (Root(f => f["acknowledged_replacements"] = JsonNode.Parse("""[{"resource":"aws_elasticache_replication_group.valkey","attribute":"port","to":6380,"reason":"  "}]""")), "acknowledged_replacements[0].reason: got \"  \""),
        ["malformed: single quotes"] = (Text("{ 'aws_region': 'us-east-1' }"), "line 1, column 3"),
        ["root is an array"] = (Text("[]"), "(root)"),
        ["unknown key: aws_regoin"] = (Root(f => { f.Remove("aws_region"); f["aws_regoin"] = "us-east-1"; }), "did you mean `aws_region`"),
        ["unknown key: node_typ"] = (Vars(v => { v.Remove("node_type"); v["node_typ"] = "cache.t3.small"; }), "variables.node_typ"),
        ["unknown key: num_cache_node"] = (Vars(v => v["num_cache_node"] = 3), "did you mean `num_cache_nodes`"),
        ["unknown key: unrelated"] = (Vars(v => v["colour"] = "blue"), "variables.colour"),
        ["duplicate key"] = (Text(ValidFile().ToJsonString().Replace("\"port\":6379", "\"port\":6379,\"port\":6380", StringComparison.Ordinal)), "variables.port"),
        ["missing aws_region"] = (Root(f => f.Remove("aws_region")), "aws_region"),
        ["missing variables"] = (Root(f => f.Remove("variables")), "variables"),
        ["missing prefix"] = (Vars(v => v.Remove("prefix")), "variables.prefix"),
        ["missing private_subnet_ids"] = (Vars(v => v.Remove("private_subnet_ids")), "variables.private_subnet_ids"),
        ["missing ecs_security_group_id"] = (Vars(v => v.Remove("ecs_security_group_id")), "variables.ecs_security_group_id"),
        ["null environment"] = (Vars(v => v["environment"] = null), "variables.environment"),
        ["type: num_cache_nodes as string"] = (Vars(v => v["num_cache_nodes"] = "2"), "variables.num_cache_nodes"),
        ["type: num_cache_nodes fractional"] = (Vars(v => v["num_cache_nodes"] = 2.5), "variables.num_cache_nodes"),
        ["type: port as string"] = (Vars(v => v["port"] = "6379"), "variables.port"),
        ["type: at_rest_encryption_enabled as string"] = (Vars(v => v["at_rest_encryption_enabled"] = "true"), "variables.at_rest_encryption_enabled"),
        ["type: transit_encryption_enabled as number"] = (Vars(v => v["transit_encryption_enabled"] = 1), "variables.transit_encryption_enabled"),
        ["type: private_subnet_ids as string"] = (Vars(v => v["private_subnet_ids"] = "subnet-12345"), "variables.private_subnet_ids"),
        ["type: private_subnet_ids item a number"] = (Vars(v => v["private_subnet_ids"] = new JsonArray("subnet-12345", 67890)), "variables.private_subnet_ids[1]"),
        ["type: tags as list"] = (Vars(v => v["tags"] = new JsonArray("Environment")), "variables.tags"),
        ["type: tag value a number"] = (Vars(v => v["tags"]!["Cost"] = 12), "variables.tags.Cost"),
        ["num_cache_nodes 0"] = (Vars(v => v["num_cache_nodes"] = 0), "variables.num_cache_nodes"),
        ["num_cache_nodes 7"] = (Vars(v => v["num_cache_nodes"] = 7), "variables.num_cache_nodes"),
        ["engine_version 7.0"] = (Vars(v => { v["engine_version"] = "7.0"; v["parameter_group_name"] = "default.valkey7"; }), "variables.engine_version"),
        ["engine_version without minor"] = (Vars(v => v["engine_version"] = "8"), "variables.engine_version"),
        ["engine_version a redis version"] = (Vars(v => v["engine_version"] = "6.x"), "variables.engine_version"),
        ["parameter group 7 with engine 8"] = (Vars(v => v["parameter_group_name"] = "default.valkey7"), "variables.parameter_group_name"),
        ["parameter group 8 with engine 7.2"] = (Vars(v => v["engine_version"] = "7.2"), "variables.parameter_group_name"),
        ["node_type without cache."] = (Vars(v => v["node_type"] = "t3.micro"), "variables.node_type"),
        ["node_type T2"] = (Vars(v => v["node_type"] = "cache.t2.micro"), "variables.node_type"),
        ["port 0"] = (Vars(v => v["port"] = 0), "variables.port"),
        ["port 70000"] = (Vars(v => v["port"] = 70000), "variables.port"),
        ["maintenance_window format"] = (Vars(v => v["maintenance_window"] = "sunday 03:00"), "variables.maintenance_window"),
        ["maintenance_window 30 minutes"] = (Vars(v => v["maintenance_window"] = "sun:05:00-sun:05:30"), "variables.maintenance_window"),
        ["snapshot_window format"] = (Vars(v => v["snapshot_window"] = "2-3"), "variables.snapshot_window"),
        ["snapshot_window 30 minutes"] = (Vars(v => v["snapshot_window"] = "02:00-02:30"), "variables.snapshot_window"),
        ["windows overlap"] = (Vars(v => v["maintenance_window"] = "sun:02:30-sun:03:30"), "variables.snapshot_window"),
        ["windows overlap across midnight"] = (Vars(v => { v["maintenance_window"] = "mon:00:00-mon:01:00"; v["snapshot_window"] = "23:30-00:30"; }), "variables.snapshot_window"),
        ["snapshot_retention_limit -1"] = (Vars(v => v["snapshot_retention_limit"] = -1), "variables.snapshot_retention_limit"),
        ["snapshot_retention_limit 36"] = (Vars(v => v["snapshot_retention_limit"] = 36), "variables.snapshot_retention_limit"),
        ["vpc_id of another kind"] = (Vars(v => v["vpc_id"] = "subnet-12345"), "variables.vpc_id"),
        ["subnet id of another kind"] = (Vars(v => v["private_subnet_ids"] = new JsonArray("subnet-12345", "sg-67890")), "variables.private_subnet_ids[1]"),
        ["duplicate subnet"] = (Vars(v => v["private_subnet_ids"] = new JsonArray("subnet-12345", "subnet-12345")), "variables.private_subnet_ids[1]"),
        ["no subnets"] = (Vars(v => v["private_subnet_ids"] = new JsonArray()), "variables.private_subnet_ids"),
        ["one subnet with Multi-AZ"] = (Vars(v => v["private_subnet_ids"] = new JsonArray("subnet-12345")), "variables.private_subnet_ids"),
        ["ecs_security_group_id of another kind"] = (Vars(v => v["ecs_security_group_id"] = "vpc-12345"), "variables.ecs_security_group_id"),
        ["replication group id over 40 characters"] = (Vars(v => v["prefix"] = "plataforma-de-apostas-esportivas"), "variables.prefix"),
        ["prefix with a double hyphen"] = (Vars(v => v["prefix"] = "pb--et"), "variables.prefix"),
        ["prefix starting with a digit"] = (Vars(v => v["prefix"] = "1pbet"), "variables.prefix"),
        ["environment with a space"] = (Vars(v => v["environment"] = "h ml"), "variables.environment"),
        ["project_name with non-ASCII letters"] = (Vars(v => v["project_name"] = "plataforma-apostação"), "variables.project_name"),
        ["tag key aws:"] = (Vars(v => v["tags"]!["aws:owner"] = "me"), "variables.tags.aws:owner"),
        ["aws_region malformed"] = (Root(f => f["aws_region"] = "useast1"), "aws_region"),
        ["backend local and s3"] = (Root(f => f["backend"] = JsonNode.Parse("""{"local":{"path":"x.tfstate"},"s3":{"bucket":"b","key":"k","region":"us-east-1"}}""")), "backend"),
        ["backend s3 without bucket"] = (Root(f => f["backend"] = JsonNode.Parse("""{"s3":{"key":"k","region":"us-east-1"}}""")), "backend.s3.bucket"),
        ["backend s3 encrypt as string"] = (Root(f => f["backend"] = JsonNode.Parse("""{"s3":{"bucket":"b","key":"k","region":"us-east-1","encrypt":"yes"}}""")), "backend.s3.encrypt"),
        ["backend s3 bucket name"] = (Root(f => f["backend"] = JsonNode.Parse("""{"s3":{"bucket":"My_Bucket","key":"k","region":"us-east-1"}}""")), "backend.s3.bucket"),
        ["backend s3 region unknown"] = (Root(f => f["backend"] = JsonNode.Parse("""{"s3":{"bucket":"b-b-b","key":"k","region":"us-esat-1"}}""")), "backend.s3.region"),
        ["backend s3 key with a CDKTF token"] = (Root(f => f["backend"] = JsonNode.Parse("""{"s3":{"bucket":"b-b-b","key":"${TfToken[TOKEN.1]}","region":"us-east-1"}}""")), "backend.s3.key"),
        ["backend local path empty"] = (Root(f => f["backend"] = JsonNode.Parse("""{"local":{"path":""}}""")), "backend.local.path"),
        ["alarms_enabled as string"] = (Vars(v => v["alarms_enabled"] = "yes"), "variables.alarms_enabled"),
        ["alarm_engine_cpu_percent as string"] = (Vars(v => v["alarm_engine_cpu_percent"] = "80"), "variables.alarm_engine_cpu_percent"),
        ["alarm_cache_hit_rate_percent as a fraction"] = (Vars(v => v["alarm_cache_hit_rate_percent"] = 0.9), "variables.alarm_cache_hit_rate_percent: got 0.9; expected a percentage"),
        ["alarm_max_connections fractional"] = (Vars(v => v["alarm_max_connections"] = 10.5), "variables.alarm_max_connections"),
        ["alarm_actions not a list"] = (Vars(v => v["alarm_actions"] = "arn:aws:sns:us-east-1:123456789012:t"), "variables.alarm_actions"),
        ["alarm_actions not SNS"] = (Vars(v => v["alarm_actions"] = new JsonArray("arn:aws:sqs:us-east-1:123456789012:q")), "variables.alarm_actions[0]"),
        ["log_retention_days not accepted"] = (Vars(v => v["log_retention_days"] = 45), "variables.log_retention_days"),
        ["kms_key_id without at-rest"] = (Vars(v => { v["kms_key_id"] = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"; v["at_rest_encryption_enabled"] = false; }), "variables.kms_key_id"),
        ["unknown node type without a host cpu threshold"] = (Vars(v => v["node_type"] = "cache.x9.huge"), "variables.alarm_host_cpu_percent"),
        ["backend of unknown kind"] = (Root(f => f["backend"] = JsonNode.Parse("""{"gcs":{"bucket":"b"}}""")), "backend.gcs"),
        // What AWS refuses at apply or never delivers, refused at synth (issue 16).
        ["alarm action in another region"] = (Vars(v => v["alarm_actions"] = new JsonArray("arn:aws:sns:eu-west-1:123456789012:oncall")), "variables.alarm_actions[0]: got \"arn:aws:sns:eu-west-1"),
        ["alarm action in China"] = (Vars(v => v["alarm_actions"] = new JsonArray("arn:aws-cn:sns:cn-north-1:123456789012:oncall")), "the stack's region and partition (arn:aws:sns:us-east-1:"),
        ["ok action in GovCloud"] = (Vars(v => v["ok_actions"] = new JsonArray("arn:aws-us-gov:sns:us-gov-west-1:123456789012:oncall")), "variables.ok_actions[0]"),
        ["alarm action in a region that does not exist"] = (Vars(v => v["alarm_actions"] = new JsonArray("arn:aws:sns:us-east-9:123456789012:oncall")), "variables.alarm_actions[0]"),
        ["notification topic in another region"] = (Vars(v => v["notification_topic_arn"] = "arn:aws:sns:sa-east-1:123456789012:events"), "variables.notification_topic_arn"),
        ["tag value with a dollar and braces"] = (Vars(v => v["tags"] = new JsonObject { ["Owner"] = "${team}" }), "variables.tags.Owner: got \"${team}\"; expected a tag value of Unicode letters"),
        ["tag value with a percent"] = (Vars(v => v["tags"] = new JsonObject { ["Cost"] = "100%" }), "variables.tags.Cost"),
        ["tag value with a NUL"] = (Vars(v => v["tags"] = new JsonObject { ["Owner"] = "a\u0000b" }), "variables.tags.Owner"),
        ["tag key with a right-to-left override"] = (Vars(v => v["tags"] = new JsonObject { ["Own\u202Eer"] = "x" }), "expected a tag key of Unicode letters"),
        ["transit mode without TLS"] = (Vars(v => v["transit_encryption_mode"] = "preferred"), "variables.transit_encryption_mode: got \"preferred\"; expected no mode while transit_encryption_enabled is false"),
        ["transit mode unknown"] = (Vars(v => { v["transit_encryption_enabled"] = true; v["transit_encryption_mode"] = "optional"; }), "expected preferred or required"),
        ["transit mode preferred with user groups"] = (Vars(v => { v["transit_encryption_enabled"] = true; v["transit_encryption_mode"] = "preferred"; v["user_group_ids"] = new JsonArray("apps"); }), "ElastiCache does not take preferred with role-based access control"),
        ["two waivers for one rule"] = (Root(f => f["compliance"] = JsonNode.Parse("""{"waivers":[{"rule":"VKC-CMK","reason":"a"},{"rule":"VKC-CMK","reason":"b"}]}""")), "compliance.waivers[1].rule: got \"VKC-CMK\"; expected one waiver a rule: compliance.waivers[0]"),
    };

    public static TheoryData<string> CaseIds() => [.. Cases.Keys];

    [Fact]
    public void The_matrix_has_at_least_40_cases() => Assert.True(Cases.Count >= 40, $"{Cases.Count} cases");

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void A_bad_file_fails_naming_the_key_and_changes_nothing(string caseId)
    {
        var (file, names) = Cases[caseId];
        using var work = new TempDir();
        var environments = Directory.CreateDirectory(Path.Combine(work.Path, "environments")).FullName;
        var outdir = Path.Combine(work.Path, "cdktf.out");
        File.WriteAllText(Path.Combine(environments, "hml.json"), file());
        FolderSnapshot.Seed(outdir);
        var before = FolderSnapshot.Take(outdir);
        var error = new StringWriter();

        var exit = SynthCommand.Run(environments, outdir, error);

        var message = error.ToString();
        Assert.Equal(ExitCode.ConfigurationError, exit);
        Assert.Contains(Path.Combine(environments, "hml.json"), message, StringComparison.Ordinal);
        Assert.Contains(names, message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        FolderSnapshot.AssertUnchanged(before, outdir);
        Assert.Equal(["cdktf.out", "environments"], Directory.GetFileSystemEntries(work.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_in_one_run()
    {
        var file = ValidFile();
        var v = file["variables"]!.AsObject();
        v.Remove("prefix");
        v["node_typ"] = "cache.t3.small";
        v["num_cache_nodes"] = 9;
        v["port"] = "6379";
        v["snapshot_retention_limit"] = 40;
        file.Remove("aws_region");

        var e = Assert.Throws<ValkeyConfigurationException>(
            () => EnvironmentFile.Parse("hml", file.ToJsonString(), "hml.json"));

        Assert.Equal(
            ["aws_region", "variables.node_typ", "variables.num_cache_nodes", "variables.port", "variables.prefix", "variables.snapshot_retention_limit"],
            e.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported()
    {
        using var work = new TempDir();
        var bad1 = ValidFile();
        bad1["variables"]!["port"] = 0;
        var bad2 = ValidFile();
        bad2["variables"]!["num_cache_nodes"] = 0;
        File.WriteAllText(Path.Combine(work.Path, "a.json"), bad1.ToJsonString());
        File.WriteAllText(Path.Combine(work.Path, "b.json"), bad2.ToJsonString());
        var error = new StringWriter();

        var exit = SynthCommand.Run(work.Path, Path.Combine(work.Path, "out"), error);

        Assert.Equal(ExitCode.ConfigurationError, exit);
        Assert.Contains("a.json: 1 problem", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("b.json: 1 problem", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(work.Path, "out")));
    }

    [Fact]
    public void A_file_name_that_is_not_a_stack_name_is_an_error()
    {
        var e = Assert.Throws<ValkeyConfigurationException>(
            () => EnvironmentFile.Parse("Prod Env", ValidFile().ToJsonString(), "Prod Env.json"));

        Assert.Equal("(file name)", Assert.Single(e.Problems).Field);
    }
}
