package io.quire.data.test;

import java.time.Instant;

import io.quire.data.core.mapping.Document;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;

@Document("notes")
public class VersionedNote {

	@Id
	private String id;

	private String text;

	@Version
	private Long version;

	@CreatedDate
	private Instant createdAt;

	@LastModifiedDate
	private Instant modifiedAt;

	@CreatedBy
	private String createdBy;

	@LastModifiedBy
	private String modifiedBy;

	public VersionedNote() {
	}

	public VersionedNote(String text) {
		this.text = text;
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getModifiedAt() {
		return this.modifiedAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getModifiedBy() {
		return this.modifiedBy;
	}

}
