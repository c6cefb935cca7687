// Baseline for bench/run.sh: the same stacks as Valkey.Cdktf, written directly against the
// CDKTF JavaScript/TypeScript packages (deep imports, as TypeScript projects write them), so
// the C# path can be measured side by side with the TypeScript one. Not used by the project.
// A test (BenchBaselineTests) checks that it writes the same resources, attributes and
// outputs as the C# app for every shipped environment, so the ratio compares equal work.
"use strict";
const fs = require("fs");
const path = require("path");
const { App, TerraformStack, TerraformOutput, LocalBackend, S3Backend } = require("cdktf");
const { AwsProvider } = require("@cdktf/provider-aws/lib/provider");
const { ElasticacheReplicationGroup } = require("@cdktf/provider-aws/lib/elasticache-replication-group");
const { ElasticacheSubnetGroup } = require("@cdktf/provider-aws/lib/elasticache-subnet-group");
const { SecurityGroup } = require("@cdktf/provider-aws/lib/security-group");

const folder = process.env.VALKEY_ENVIRONMENTS || path.join(__dirname, "..", "..", "environments");
const app = new App();
for (const file of fs.readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
  const name = path.basename(file, ".json");
  const env = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
  const v = env.variables;
  const stack = new TerraformStack(app, name);
  new AwsProvider(stack, "aws", { region: env.aws_region });
  if (env.backend && env.backend.s3) new S3Backend(stack, env.backend.s3);
  else new LocalBackend(stack, { path: `../../../terraform.${name}.tfstate` });
  const stem = `${v.prefix}-${v.environment}-valkey`;
  const what = `${v.project_name} (${v.environment})`;
  const tags = (n) => ({ Name: n, ...(v.tags || {}) });
  const nodes = v.num_cache_nodes ?? 2;
  const port = v.port ?? 6379;
  const subnets = new ElasticacheSubnetGroup(stack, "subnet_group", {
    name: `${stem}-subnets`, description: `Private subnets of the Valkey cache of ${what}`,
    subnetIds: v.private_subnet_ids, tags: tags(`${stem}-subnets`),
  });
  subnets.overrideLogicalId("valkey");
  const sg = new SecurityGroup(stack, "security_group", {
    name: `${stem}-sg`, description: `Valkey cache of ${what}: ECS tasks only`, vpcId: v.vpc_id,
    ingress: [{ description: "Valkey from the ECS tasks security group", protocol: "tcp", fromPort: port, toPort: port,
      securityGroups: [v.ecs_security_group_id], cidrBlocks: [], ipv6CidrBlocks: [], prefixListIds: [], selfAttribute: false }],
    tags: tags(`${stem}-sg`),
  });
  sg.overrideLogicalId("valkey");
  const rg = new ElasticacheReplicationGroup(stack, "replication_group", {
    replicationGroupId: stem, description: `Valkey cache of ${what}`, engine: "valkey",
    engineVersion: v.engine_version ?? "8.0", nodeType: v.node_type ?? "cache.t3.micro", numCacheClusters: nodes, port,
    parameterGroupName: v.parameter_group_name ?? "default.valkey8", subnetGroupName: subnets.name, securityGroupIds: [sg.id],
    atRestEncryptionEnabled: String(v.at_rest_encryption_enabled ?? true), transitEncryptionEnabled: v.transit_encryption_enabled ?? false,
    automaticFailoverEnabled: nodes >= 2, multiAzEnabled: nodes >= 2, maintenanceWindow: v.maintenance_window,
    snapshotRetentionLimit: v.snapshot_retention_limit, snapshotWindow: v.snapshot_window,
    finalSnapshotIdentifier: `${stem}-final`, tags: tags(stem), lifecycle: { preventDestroy: true },
  });
  rg.overrideLogicalId("valkey");
  const out = (id, value, description) => new TerraformOutput(stack, id, { value, description, staticId: true });
  out("valkey_endpoint", rg.primaryEndpointAddress, "Primary endpoint address of the Valkey replication group (reads and writes).");
  out("valkey_port", rg.port, "Port Valkey listens on.");
  out("valkey_reader_endpoint", rg.readerEndpointAddress, "Reader endpoint address of the Valkey replication group (reads, spread over the replicas).");
  out("replication_group_id", rg.id, "ID of the ElastiCache replication group.");
  out("security_group_id", sg.id, "ID of the security group of the Valkey nodes.");
}
app.synth();
