package org.ecrural.model;

/** The nine old revolutionary base area regions named in section 三 of the notice. */
public enum OldAreaRegion {
    GAN_MIN_YUE,
    ZUO_YOU_JIANG,
    DABIE_SHAN,
    SHAAN_GAN_NING,
    CHUAN_SHAAN,
    YI_MENG,
    XIANG_E_GAN,
    TAIHANG,
    HAI_LU_FENG
}
