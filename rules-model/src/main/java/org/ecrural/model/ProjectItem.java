package org.ecrural.model;
import java.util.List;
/** A project item of a demo area, with its funding and acceptance evidence. */
public class ProjectItem {
    private String id;
    private String area;
    private String name;
    private Direction direction;
    private ExpenseType expenseType;
    private java.math.BigDecimal centralFunds;
    private java.math.BigDecimal localFunds;
    private java.math.BigDecimal socialFunds;
    private SupportMethod supportMethod;
    private Ledger ledger;
    private ProjectStatus status;
    private Boolean signage;
    private Boolean transactionInfo;
    private Boolean activityInfo;
    private Boolean poorHouseholdRecords;
    private Boolean onlineSalesRecords;
    private Boolean contractorAssessed;
    private Boolean operationPlan;
    private List<StationFunction> stationFunctions = new java.util.ArrayList<>();

    public ProjectItem() {
    }

    /**
     * @return a builder of a ProjectItem: one call per field that is present, then {@link Builder#build()};
     *         fields not given stay null (absent), lists empty
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a ProjectItem field by field. Each {@link #build()} gives a new, independent ProjectItem
     * with the values given so far. The builder checks nothing: {@code PolicyEngine.evaluate}
     * (or {@code PlanReader.validate}) checks the plan as the JSON reader does.
     */
    public static final class Builder {
        private String id;
        private String area;
        private String name;
        private Direction direction;
        private ExpenseType expenseType;
        private java.math.BigDecimal centralFunds;
        private java.math.BigDecimal localFunds;
        private java.math.BigDecimal socialFunds;
        private SupportMethod supportMethod;
        private Ledger ledger;
        private ProjectStatus status;
        private Boolean signage;
        private Boolean transactionInfo;
        private Boolean activityInfo;
        private Boolean poorHouseholdRecords;
        private Boolean onlineSalesRecords;
        private Boolean contractorAssessed;
        private Boolean operationPlan;
        private List<StationFunction> stationFunctions;

        private Builder() {
        }

        /**
         * @param id unique id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param area the demo area's code
         * @return this builder
         */
        public Builder area(String area) {
            this.area = area;
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
         * @param direction support direction
         * @return this builder
         */
        public Builder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        /**
         * @param expenseType what the money is spent on
         * @return this builder
         */
        public Builder expenseType(ExpenseType expenseType) {
            this.expenseType = expenseType;
            return this;
        }

        /**
         * @param centralFunds central funds in yuan
         * @return this builder
         */
        public Builder centralFunds(java.math.BigDecimal centralFunds) {
            this.centralFunds = centralFunds;
            return this;
        }

        /**
         * @param localFunds local funds in yuan
         * @return this builder
         */
        public Builder localFunds(java.math.BigDecimal localFunds) {
            this.localFunds = localFunds;
            return this;
        }

        /**
         * @param socialFunds social funds in yuan
         * @return this builder
         */
        public Builder socialFunds(java.math.BigDecimal socialFunds) {
            this.socialFunds = socialFunds;
            return this;
        }

        /**
         * @param supportMethod how central funds support it
         * @return this builder
         */
        public Builder supportMethod(SupportMethod supportMethod) {
            this.supportMethod = supportMethod;
            return this;
        }

        /**
         * @param ledger its ledger entry, or null
         * @return this builder
         */
        public Builder ledger(Ledger ledger) {
            this.ledger = ledger;
            return this;
        }

        /**
         * @param status its state
         * @return this builder
         */
        public Builder status(ProjectStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param signage shows 电子商务进农村综合示范项目 prominently
         * @return this builder
         */
        public Builder signage(Boolean signage) {
            this.signage = signage;
            return this;
        }

        /**
         * @param transactionInfo provides transaction information
         * @return this builder
         */
        public Builder transactionInfo(Boolean transactionInfo) {
            this.transactionInfo = transactionInfo;
            return this;
        }

        /**
         * @param activityInfo provides activity information
         * @return this builder
         */
        public Builder activityInfo(Boolean activityInfo) {
            this.activityInfo = activityInfo;
            return this;
        }

        /**
         * @param poorHouseholdRecords keeps records of the registered poor households served
         * @return this builder
         */
        public Builder poorHouseholdRecords(Boolean poorHouseholdRecords) {
            this.poorHouseholdRecords = poorHouseholdRecords;
            return this;
        }

        /**
         * @param onlineSalesRecords keeps records of products sold online
         * @return this builder
         */
        public Builder onlineSalesRecords(Boolean onlineSalesRecords) {
            this.onlineSalesRecords = onlineSalesRecords;
            return this;
        }

        /**
         * @param contractorAssessed the contractor's capacity to perform was assessed
         * @return this builder
         */
        public Builder contractorAssessed(Boolean contractorAssessed) {
            this.contractorAssessed = contractorAssessed;
            return this;
        }

        /**
         * @param operationPlan has arrangements for operation after construction
         * @return this builder
         */
        public Builder operationPlan(Boolean operationPlan) {
            this.operationPlan = operationPlan;
            return this;
        }

        /**
         * @param stationFunctions functions offered by a service station; the list is copied (null is empty)
         * @return this builder
         */
        public Builder stationFunctions(List<StationFunction> stationFunctions) {
            this.stationFunctions = stationFunctions == null ? null : new java.util.ArrayList<>(stationFunctions);
            return this;
        }

        /**
         * @param stationFunctions functions offered by a service station
         * @return this builder
         */
        public Builder stationFunctions(StationFunction... stationFunctions) {
            return stationFunctions(java.util.Arrays.asList(stationFunctions));
        }

        /** @return a new ProjectItem with the values given */
        public ProjectItem build() {
            ProjectItem built = new ProjectItem();
            built.setId(id);
            built.setArea(area);
            built.setName(name);
            built.setDirection(direction);
            built.setExpenseType(expenseType);
            built.setCentralFunds(centralFunds);
            built.setLocalFunds(localFunds);
            built.setSocialFunds(socialFunds);
            built.setSupportMethod(supportMethod);
            built.setLedger(ledger);
            built.setStatus(status);
            built.setSignage(signage);
            built.setTransactionInfo(transactionInfo);
            built.setActivityInfo(activityInfo);
            built.setPoorHouseholdRecords(poorHouseholdRecords);
            built.setOnlineSalesRecords(onlineSalesRecords);
            built.setContractorAssessed(contractorAssessed);
            built.setOperationPlan(operationPlan);
            built.setStationFunctions(stationFunctions);
            return built;
        }
    }

    /** @return unique id */
    public String getId() {
        return id;
    }

    /** Sets unique id. */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the demo area's code */
    public String getArea() {
        return area;
    }

    /** Sets the demo area's code. */
    public void setArea(String area) {
        this.area = area;
    }

    /** @return name */
    public String getName() {
        return name;
    }

    /** Sets name. */
    public void setName(String name) {
        this.name = name;
    }

    /** @return support direction */
    public Direction getDirection() {
        return direction;
    }

    /** Sets support direction. */
    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    /** @return what the money is spent on */
    public ExpenseType getExpenseType() {
        return expenseType;
    }

    /** Sets what the money is spent on. */
    public void setExpenseType(ExpenseType expenseType) {
        this.expenseType = expenseType;
    }

    /** @return central funds in yuan */
    public java.math.BigDecimal getCentralFunds() {
        return centralFunds;
    }

    /** Sets central funds in yuan. */
    public void setCentralFunds(java.math.BigDecimal centralFunds) {
        this.centralFunds = centralFunds;
    }

    /** @return local funds in yuan */
    public java.math.BigDecimal getLocalFunds() {
        return localFunds;
    }

    /** Sets local funds in yuan. */
    public void setLocalFunds(java.math.BigDecimal localFunds) {
        this.localFunds = localFunds;
    }

    /** @return social funds in yuan */
    public java.math.BigDecimal getSocialFunds() {
        return socialFunds;
    }

    /** Sets social funds in yuan. */
    public void setSocialFunds(java.math.BigDecimal socialFunds) {
        this.socialFunds = socialFunds;
    }

    /** @return how central funds support it */
    public SupportMethod getSupportMethod() {
        return supportMethod;
    }

    /** Sets how central funds support it. */
    public void setSupportMethod(SupportMethod supportMethod) {
        this.supportMethod = supportMethod;
    }

    /** @return its ledger entry, or null */
    public Ledger getLedger() {
        return ledger;
    }

    /** Sets its ledger entry, or null. */
    public void setLedger(Ledger ledger) {
        this.ledger = ledger;
    }

    /** @return its state */
    public ProjectStatus getStatus() {
        return status;
    }

    /** Sets its state. */
    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    /** @return shows 电子商务进农村综合示范项目 prominently */
    public Boolean getSignage() {
        return signage;
    }

    /** Sets shows 电子商务进农村综合示范项目 prominently. */
    public void setSignage(Boolean signage) {
        this.signage = signage;
    }

    /** @return provides transaction information */
    public Boolean getTransactionInfo() {
        return transactionInfo;
    }

    /** Sets provides transaction information. */
    public void setTransactionInfo(Boolean transactionInfo) {
        this.transactionInfo = transactionInfo;
    }

    /** @return provides activity information */
    public Boolean getActivityInfo() {
        return activityInfo;
    }

    /** Sets provides activity information. */
    public void setActivityInfo(Boolean activityInfo) {
        this.activityInfo = activityInfo;
    }

    /** @return keeps records of the registered poor households served */
    public Boolean getPoorHouseholdRecords() {
        return poorHouseholdRecords;
    }

    /** Sets keeps records of the registered poor households served. */
    public void setPoorHouseholdRecords(Boolean poorHouseholdRecords) {
        this.poorHouseholdRecords = poorHouseholdRecords;
    }

    /** @return keeps records of products sold online */
    public Boolean getOnlineSalesRecords() {
        return onlineSalesRecords;
    }

    /** Sets keeps records of products sold online. */
    public void setOnlineSalesRecords(Boolean onlineSalesRecords) {
        this.onlineSalesRecords = onlineSalesRecords;
    }

    /** @return the contractor's capacity to perform was assessed */
    public Boolean getContractorAssessed() {
        return contractorAssessed;
    }

    /** Sets the contractor's capacity to perform was assessed. */
    public void setContractorAssessed(Boolean contractorAssessed) {
        this.contractorAssessed = contractorAssessed;
    }

    /** @return has arrangements for operation after construction */
    public Boolean getOperationPlan() {
        return operationPlan;
    }

    /** Sets has arrangements for operation after construction. */
    public void setOperationPlan(Boolean operationPlan) {
        this.operationPlan = operationPlan;
    }

    /** @return functions offered by a service station */
    public List<StationFunction> getStationFunctions() {
        return stationFunctions;
    }

    /** Sets functions offered by a service station (null is taken as empty). */
    public void setStationFunctions(List<StationFunction> stationFunctions) {
        this.stationFunctions = stationFunctions == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(stationFunctions);
    }

    /** Central funds, zero when absent. */
    public java.math.BigDecimal centralFundsOrZero() {
        return centralFunds == null ? java.math.BigDecimal.ZERO : centralFunds;
    }

    /** Whether the item has central funds above zero. */
    public boolean hasCentralFunds() {
        return centralFunds != null && centralFunds.signum() > 0;
    }

    /** Whether the item received a fiscal subsidy: central or local funds above zero. */
    public boolean hasFiscalSubsidy() {
        return hasCentralFunds() || (localFunds != null && localFunds.signum() > 0);
    }

    /**
     * @return what the project's ledger entry lacks: the entry itself when there is none, else a
     *         responsible person (absent or blank) and a progress deadline, in that order
     */
    public List<LedgerField> getMissingLedgerFields() {
        if (ledger == null) {
            return List.of(LedgerField.ENTRY);
        }
        List<LedgerField> missing = new java.util.ArrayList<>();
        if (ledger.getResponsible() == null || ledger.getResponsible().isBlank()) {
            missing.add(LedgerField.RESPONSIBLE);
        }
        if (ledger.getDeadline() == null) {
            missing.add(LedgerField.DEADLINE);
        }
        return missing;
    }

    @Override
    public String toString() {
        return "ProjectItem{" + "id=" + id + ", " + "area=" + area + ", " + "name=" + name + "}";
    }
}
