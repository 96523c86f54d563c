package org.ecrural.model;

/** Topics of a training session; PACKAGING, DESIGN, PROMOTION and MARKETING are practical skills for upward products. */
public enum TrainingTopic {
    PACKAGING,
    DESIGN,
    PROMOTION,
    MARKETING,
    OPERATIONS,
    LOGISTICS,
    OTHER
}
