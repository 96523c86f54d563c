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
