/**
 * Scoring inside your own Java service with the library API alone (no CLI): the latest approved
 * model of a registry group, the feature pipeline rebuilt from its artifact, one day's ranked
 * apartments. {@link io.iotad.examples.service.ApprovedModelScoringService} is the part to copy;
 * {@link io.iotad.examples.service.ScoreFolderMain} runs it on a folder of raw files.
 */
package io.iotad.examples.service;
