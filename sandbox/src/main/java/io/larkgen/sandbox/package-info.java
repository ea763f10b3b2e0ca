/**
 * The Larkgen sandbox: an embedded fake of the Feishu Open Platform for the Hire v1 endpoints
 * of the spec. Start one with {@link io.larkgen.sandbox.FeishuSandbox#builder()}; expected data
 * for tests comes from {@link io.larkgen.sandbox.SandboxDataset}; faults are planned with
 * {@link io.larkgen.sandbox.FaultPlan}. It depends on neither the runtime nor the generated
 * client.
 */
package io.larkgen.sandbox;
