package org.ecrural.model;
import java.util.List;
/** A training record (培训记录, 四（三）). */
public class TrainingRecord {
    private String id;
    private String area;
    private java.time.LocalDate date;
    private String trainee;
    private TraineeGroup group;
    private List<TrainingTopic> topics = new java.util.ArrayList<>();
    private java.math.BigDecimal hours;
    private String organiser;

    public TrainingRecord() {
    }

    /**
     * @return a builder of a TrainingRecord: one call per field that is present, then {@link Builder#build()};
     *         fields not given stay null (absent), lists empty
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a TrainingRecord field by field. Each {@link #build()} gives a new, independent TrainingRecord
     * with the values given so far. The builder checks nothing: {@code PolicyEngine.evaluate}
     * (or {@code PlanReader.validate}) checks the plan as the JSON reader does.
     */
    public static final class Builder {
        private String id;
        private String area;
        private java.time.LocalDate date;
        private String trainee;
        private TraineeGroup group;
        private List<TrainingTopic> topics;
        private java.math.BigDecimal hours;
        private String organiser;

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
         * @param date the day of training
         * @return this builder
         */
        public Builder date(java.time.LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * @param trainee the trainee (a masked identifier is enough)
         * @return this builder
         */
        public Builder trainee(String trainee) {
            this.trainee = trainee;
            return this;
        }

        /**
         * @param group the trainee's group
         * @return this builder
         */
        public Builder group(TraineeGroup group) {
            this.group = group;
            return this;
        }

        /**
         * @param topics topics covered; the list is copied (null is empty)
         * @return this builder
         */
        public Builder topics(List<TrainingTopic> topics) {
            this.topics = topics == null ? null : new java.util.ArrayList<>(topics);
            return this;
        }

        /**
         * @param topics topics covered
         * @return this builder
         */
        public Builder topics(TrainingTopic... topics) {
            return topics(java.util.Arrays.asList(topics));
        }

        /**
         * @param hours hours of training
         * @return this builder
         */
        public Builder hours(java.math.BigDecimal hours) {
            this.hours = hours;
            return this;
        }

        /**
         * @param organiser the organiser
         * @return this builder
         */
        public Builder organiser(String organiser) {
            this.organiser = organiser;
            return this;
        }

        /** @return a new TrainingRecord with the values given */
        public TrainingRecord build() {
            TrainingRecord built = new TrainingRecord();
            built.setId(id);
            built.setArea(area);
            built.setDate(date);
            built.setTrainee(trainee);
            built.setGroup(group);
            built.setTopics(topics);
            built.setHours(hours);
            built.setOrganiser(organiser);
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

    /** @return the day of training */
    public java.time.LocalDate getDate() {
        return date;
    }

    /** Sets the day of training. */
    public void setDate(java.time.LocalDate date) {
        this.date = date;
    }

    /** @return the trainee (a masked identifier is enough) */
    public String getTrainee() {
        return trainee;
    }

    /** Sets the trainee (a masked identifier is enough). */
    public void setTrainee(String trainee) {
        this.trainee = trainee;
    }

    /** @return the trainee's group */
    public TraineeGroup getGroup() {
        return group;
    }

    /** Sets the trainee's group. */
    public void setGroup(TraineeGroup group) {
        this.group = group;
    }

    /** @return topics covered */
    public List<TrainingTopic> getTopics() {
        return topics;
    }

    /**
     * Whether the record covers at least one of the given topics (the rules ask it of the
     * edition's practical-skill topics).
     *
     * @param wanted the topics looked for; null or empty is none
     */
    public boolean coversAnyOf(java.util.Collection<TrainingTopic> wanted) {
        return wanted != null && !java.util.Collections.disjoint(topics, wanted);
    }

    /** Sets topics covered (null is taken as empty). */
    public void setTopics(List<TrainingTopic> topics) {
        this.topics = topics == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(topics);
    }

    /** @return hours of training */
    public java.math.BigDecimal getHours() {
        return hours;
    }

    /** Sets hours of training. */
    public void setHours(java.math.BigDecimal hours) {
        this.hours = hours;
    }

    /** @return the organiser */
    public String getOrganiser() {
        return organiser;
    }

    /** Sets the organiser. */
    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    /**
     * @return the fields the record lacks, in record order: no date, a blank or absent trainee, no
     *         group, no topic, hours absent or not above zero, a blank or absent organiser
     */
    public List<TrainingRecordField> getMissingFields() {
        List<TrainingRecordField> missing = new java.util.ArrayList<>();
        if (date == null) {
            missing.add(TrainingRecordField.DATE);
        }
        if (trainee == null || trainee.isBlank()) {
            missing.add(TrainingRecordField.TRAINEE);
        }
        if (group == null) {
            missing.add(TrainingRecordField.GROUP);
        }
        if (topics == null || topics.isEmpty()) {
            missing.add(TrainingRecordField.TOPICS);
        }
        if (hours == null || hours.signum() <= 0) {
            missing.add(TrainingRecordField.HOURS);
        }
        if (organiser == null || organiser.isBlank()) {
            missing.add(TrainingRecordField.ORGANISER);
        }
        return missing;
    }

    @Override
    public String toString() {
        return "TrainingRecord{" + "id=" + id + ", " + "area=" + area + ", " + "date=" + date + "}";
    }
}
