/**
 * The feedback flywheel simulated over a season: an unsupervised model raises each day's top K
 * alerts, a simulated technician answers them through the real feedback path (alert store, label
 * store, {@link io.iotad.pipeline.labels.FeedbackRecorder}), a retraining trigger decides when a
 * supervised model is fitted on the visited alerts' labels (positive–unlabelled handling in
 * {@link io.iotad.pipeline.flywheel.UnlabelledSampling}), and a candidate is promoted only when it
 * beats the incumbent on the gate ({@link io.iotad.pipeline.flywheel.ChallengerGate}).
 * {@link io.iotad.pipeline.flywheel.Flywheel} runs it; {@code iotad flywheel} is its command.
 */
package io.iotad.pipeline.flywheel;
