package org.ecrural.model;

/** Functions of a village e-commerce service station (四（二）). */
public enum StationFunction {
    COLLECTION_AND_PAYMENT,
    BUYING_AND_SELLING,
    MICROCREDIT,
    CONVENIENCE
}
