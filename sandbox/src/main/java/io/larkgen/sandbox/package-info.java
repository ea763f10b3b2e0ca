/**
 * The Larkgen sandbox: an embedded fake of the Feishu Open Platform for every operation of its
 * Hire specs, served from the spec's shapes with no code per operation (the interview
 * operations from a hand-crafted data set). Start one with {@link io.larkgen.sandbox.FeishuSandbox#builder()}; expected data
 * for tests comes from {@link io.larkgen.sandbox.SandboxDataset}; faults are planned with
 * {@link io.larkgen.sandbox.FaultPlan}. It depends on neither the runtime nor the generated
 * client.
 */
package io.larkgen.sandbox;
