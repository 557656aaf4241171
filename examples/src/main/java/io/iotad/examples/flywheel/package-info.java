/**
 * The feedback flywheel as one small program: an unsupervised model raises alerts, technicians
 * resolve them, their verdicts become labels, and a supervised model is trained on those labels.
 * See {@link io.iotad.examples.flywheel.FeedbackFlywheel}.
 */
package io.iotad.examples.flywheel;
