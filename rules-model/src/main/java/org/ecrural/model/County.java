package org.ecrural.model;
/** A county-level division listed in the plan, with its classification facts (section 三). */
public class County {
    private String code;
    private String name;
    private String prefectureCode;
    private String prefecture;
    private DivisionType divisionType;
    private Boolean nationalKeyCounty;
    private String contiguousArea;
    private OldAreaRegion oldAreaRegion;
    private Integer supportedInYear;
    private Villages villages;
    private java.math.BigDecimal onlineRetailGrowth;
    private java.math.BigDecimal agriOnlineRetailGrowth;

    public County() {
    }

    /**
     * @return a builder of a County: one call per field that is present, then {@link Builder#build()};
     *         fields not given stay null (absent), lists empty
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a County field by field. Each {@link #build()} gives a new, independent County
     * with the values given so far. The builder checks nothing: {@code PolicyEngine.evaluate}
     * (or {@code PlanReader.validate}) checks the plan as the JSON reader does.
     */
    public static final class Builder {
        private String code;
        private String name;
        private String prefectureCode;
        private String prefecture;
        private DivisionType divisionType;
        private Boolean nationalKeyCounty;
        private String contiguousArea;
        private OldAreaRegion oldAreaRegion;
        private Integer supportedInYear;
        private Villages villages;
        private java.math.BigDecimal onlineRetailGrowth;
        private java.math.BigDecimal agriOnlineRetailGrowth;

        private Builder() {
        }

        /**
         * @param code 6-digit GB/T 2260 code
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * @param name name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param prefectureCode code of its prefecture (地级市)
         * @return this builder
         */
        public Builder prefectureCode(String prefectureCode) {
            this.prefectureCode = prefectureCode;
            return this;
        }

        /**
         * @param prefecture name of its prefecture
         * @return this builder
         */
        public Builder prefecture(String prefecture) {
            this.prefecture = prefecture;
            return this;
        }

        /**
         * @param divisionType kind of division; DISTRICT is a 市辖区
         * @return this builder
         */
        public Builder divisionType(DivisionType divisionType) {
            this.divisionType = divisionType;
            return this;
        }

        /**
         * @param nationalKeyCounty a national key county for poverty alleviation (国家扶贫开发工作重点县)
         * @return this builder
         */
        public Builder nationalKeyCounty(Boolean nationalKeyCounty) {
            this.nationalKeyCounty = nationalKeyCounty;
            return this;
        }

        /**
         * @param contiguousArea the concentrated contiguous special-hardship area it lies in (集中连片特殊困难地区), or null
         * @return this builder
         */
        public Builder contiguousArea(String contiguousArea) {
            this.contiguousArea = contiguousArea;
            return this;
        }

        /**
         * @param oldAreaRegion the old revolutionary base area region it belongs to, or null
         * @return this builder
         */
        public Builder oldAreaRegion(OldAreaRegion oldAreaRegion) {
            this.oldAreaRegion = oldAreaRegion;
            return this;
        }

        /**
         * @param supportedInYear the year it was supported by an earlier round of the demonstration, or null
         * @return this builder
         */
        public Builder supportedInYear(Integer supportedInYear) {
            this.supportedInYear = supportedInYear;
            return this;
        }

        /**
         * @param villages village figures, or null
         * @return this builder
         */
        public Builder villages(Villages villages) {
            this.villages = villages;
            return this;
        }

        /**
         * @param onlineRetailGrowth rural online retail growth, as a fraction (0.35 = 35%)
         * @return this builder
         */
        public Builder onlineRetailGrowth(java.math.BigDecimal onlineRetailGrowth) {
            this.onlineRetailGrowth = onlineRetailGrowth;
            return this;
        }

        /**
         * @param agriOnlineRetailGrowth agricultural products' online retail growth, as a fraction
         * @return this builder
         */
        public Builder agriOnlineRetailGrowth(java.math.BigDecimal agriOnlineRetailGrowth) {
            this.agriOnlineRetailGrowth = agriOnlineRetailGrowth;
            return this;
        }

        /** @return a new County with the values given */
        public County build() {
            County built = new County();
            built.setCode(code);
            built.setName(name);
            built.setPrefectureCode(prefectureCode);
            built.setPrefecture(prefecture);
            built.setDivisionType(divisionType);
            built.setNationalKeyCounty(nationalKeyCounty);
            built.setContiguousArea(contiguousArea);
            built.setOldAreaRegion(oldAreaRegion);
            built.setSupportedInYear(supportedInYear);
            built.setVillages(villages);
            built.setOnlineRetailGrowth(onlineRetailGrowth);
            built.setAgriOnlineRetailGrowth(agriOnlineRetailGrowth);
            return built;
        }
    }

    /** @return 6-digit GB/T 2260 code */
    public String getCode() {
        return code;
    }

    /** Sets 6-digit GB/T 2260 code. */
    public void setCode(String code) {
        this.code = code;
    }

    /** @return name */
    public String getName() {
        return name;
    }

    /** Sets name. */
    public void setName(String name) {
        this.name = name;
    }

    /** @return code of its prefecture (地级市) */
    public String getPrefectureCode() {
        return prefectureCode;
    }

    /** Sets code of its prefecture (地级市). */
    public void setPrefectureCode(String prefectureCode) {
        this.prefectureCode = prefectureCode;
    }

    /** @return name of its prefecture */
    public String getPrefecture() {
        return prefecture;
    }

    /** Sets name of its prefecture. */
    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    /** @return kind of division; DISTRICT is a 市辖区 */
    public DivisionType getDivisionType() {
        return divisionType;
    }

    /** Sets kind of division; DISTRICT is a 市辖区. */
    public void setDivisionType(DivisionType divisionType) {
        this.divisionType = divisionType;
    }

    /** @return a national key county for poverty alleviation (国家扶贫开发工作重点县) */
    public Boolean getNationalKeyCounty() {
        return nationalKeyCounty;
    }

    /** Sets a national key county for poverty alleviation (国家扶贫开发工作重点县). */
    public void setNationalKeyCounty(Boolean nationalKeyCounty) {
        this.nationalKeyCounty = nationalKeyCounty;
    }

    /** @return the concentrated contiguous special-hardship area it lies in (集中连片特殊困难地区), or null */
    public String getContiguousArea() {
        return contiguousArea;
    }

    /** Sets the concentrated contiguous special-hardship area it lies in (集中连片特殊困难地区), or null. */
    public void setContiguousArea(String contiguousArea) {
        this.contiguousArea = contiguousArea;
    }

    /** @return the old revolutionary base area region it belongs to, or null */
    public OldAreaRegion getOldAreaRegion() {
        return oldAreaRegion;
    }

    /** Sets the old revolutionary base area region it belongs to, or null. */
    public void setOldAreaRegion(OldAreaRegion oldAreaRegion) {
        this.oldAreaRegion = oldAreaRegion;
    }

    /** @return the year it was supported by an earlier round of the demonstration, or null */
    public Integer getSupportedInYear() {
        return supportedInYear;
    }

    /** Sets the year it was supported by an earlier round of the demonstration, or null. */
    public void setSupportedInYear(Integer supportedInYear) {
        this.supportedInYear = supportedInYear;
    }

    /** @return village figures, or null */
    public Villages getVillages() {
        return villages;
    }

    /** Sets village figures, or null. */
    public void setVillages(Villages villages) {
        this.villages = villages;
    }

    /** @return rural online retail growth, as a fraction (0.35 = 35%) */
    public java.math.BigDecimal getOnlineRetailGrowth() {
        return onlineRetailGrowth;
    }

    /** Sets rural online retail growth, as a fraction (0.35 = 35%). */
    public void setOnlineRetailGrowth(java.math.BigDecimal onlineRetailGrowth) {
        this.onlineRetailGrowth = onlineRetailGrowth;
    }

    /** @return agricultural products' online retail growth, as a fraction */
    public java.math.BigDecimal getAgriOnlineRetailGrowth() {
        return agriOnlineRetailGrowth;
    }

    /** Sets agricultural products' online retail growth, as a fraction. */
    public void setAgriOnlineRetailGrowth(java.math.BigDecimal agriOnlineRetailGrowth) {
        this.agriOnlineRetailGrowth = agriOnlineRetailGrowth;
    }

    /** The code of the province the county lies in: its first two digits followed by 0000. */
    public String getProvinceCode() {
        return code == null || code.length() < 2 ? null : code.substring(0, 2) + "0000";
    }

    /** A poverty county in the notice's sense (贫困县): a national key county or a county of a contiguous special-hardship area. */
    public boolean isPovertyCounty() {
        return Boolean.TRUE.equals(nationalKeyCounty) || (contiguousArea != null && !contiguousArea.isBlank());
    }

    /** Whether it lies in a contiguous special-hardship area. */
    public boolean isContiguousAreaCounty() {
        return contiguousArea != null && !contiguousArea.isBlank();
    }

    /** Whether it is a municipal district (市辖区). */
    public boolean isDistrict() {
        return divisionType == DivisionType.DISTRICT;
    }

    /** Whether it was supported in a round of the demonstration before the given edition year. */
    public boolean isSupportedBefore(int editionYear) {
        return supportedInYear != null && supportedInYear < editionYear;
    }

    @Override
    public String toString() {
        return "County{" + "code=" + code + ", " + "name=" + name + ", " + "prefectureCode=" + prefectureCode + "}";
    }
}
